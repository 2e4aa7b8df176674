/** The count and the previous / next / close buttons shared by the find bar and the search-hit bar. */
import { Icon } from '../../ui/Icon';

export interface MatchStepperProps {
  status: string;
  disabled: boolean;
  onPrevious(): void;
  onNext(): void;
  onClose(): void;
  closeLabel: string;
}

export function MatchStepper({ status, disabled, onPrevious, onNext, onClose, closeLabel }: MatchStepperProps) {
  return (
    <>
      <span className="match-count" role="status" aria-live="polite">
        {status}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label="Previous match"
        data-tooltip="Previous match (Shift+Enter)"
        disabled={disabled}
        onClick={onPrevious}
      >
        <Icon name="up" />
      </button>
      <button type="button" className="icon-button" aria-label="Next match" data-tooltip="Next match (Enter)" disabled={disabled} onClick={onNext}>
        <Icon name="down" />
      </button>
      <button type="button" className="icon-button" aria-label={closeLabel} data-tooltip={`${closeLabel} (Esc)`} onClick={onClose}>
        <Icon name="x" />
      </button>
    </>
  );
}
