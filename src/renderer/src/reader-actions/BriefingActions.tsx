/**
 * The reader's "More" menu for the briefing being read: its details (metadata), citing it, and
 * exporting its notes — with the dialogs they open. The menu commands "edit-metadata" and
 * "export-notes" land here while a briefing is open.
 */
import { useRef, useState } from 'react';
import type { BriefingDocument } from '../../../shared/types';
import { useCommand, useCommands } from '../app/commands';
import { CiteDialog } from '../cite/CiteDialog';
import { ExportNotesDialog } from '../export/ExportNotesDialog';
import { MetadataDialog } from '../metadata/MetadataDialog';
import { Icon, type IconName } from '../ui/Icon';

type Open = 'details' | 'cite' | 'export' | null;

const ITEMS: Array<{ open: Exclude<Open, null>; label: string; icon: IconName }> = [
  { open: 'details', label: 'Briefing details…', icon: 'info' },
  { open: 'cite', label: 'Cite this briefing…', icon: 'link' },
  { open: 'export', label: 'Export notes…', icon: 'import' }
];

export interface BriefingActionsProps {
  doc: BriefingDocument;
  /** Called after the briefing's details were saved, so the reader shows them (its title, for one). */
  onChanged: () => void;
}

export function BriefingActions({ doc, onChanged }: BriefingActionsProps) {
  const [open, setOpen] = useState<Open>(null);
  /** Details opened from the cite dialog go back to it when closed, to see the completed citation. */
  const [backToCite, setBackToCite] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const commands = useCommands();
  useCommand('edit-metadata', () => setOpen('details'));
  useCommand('export-notes', () => setOpen('export'));

  const close = () => setOpen(null);
  const closeDetails = () => {
    setOpen(backToCite ? 'cite' : null);
    setBackToCite(false);
  };
  return (
    <>
      <button
        type="button"
        className="icon-button"
        popoverTarget="briefing-actions"
        aria-label="More actions for this briefing"
        data-tooltip="Details, cite, export notes"
      >
        <Icon name="more" />
      </button>
      <div ref={menu} id="briefing-actions" className="popover actions-menu" popover="auto" role="dialog" aria-label="Briefing actions">
        {ITEMS.map((item) => (
          <button
            key={item.open}
            type="button"
            className="menu-item"
            onClick={() => {
              menu.current?.hidePopover();
              setOpen(item.open);
            }}
          >
            <Icon name={item.icon} />
            {item.label}
          </button>
        ))}
        <button
          type="button"
          className="menu-item"
          onClick={() => {
            menu.current?.hidePopover();
            commands.run('print');
          }}
        >
          <Icon name="file" />
          Print or save as PDF…
        </button>
      </div>
      {open === 'details' && <MetadataDialog briefingId={doc.id} onClose={closeDetails} onSaved={onChanged} />}
      {open === 'cite' && (
        <CiteDialog
          briefingId={doc.id}
          sections={doc.sections}
          missingAuthors={doc.metadata.authors.length === 0}
          onCompleteDetails={() => {
            setBackToCite(true);
            setOpen('details');
          }}
          onClose={close}
        />
      )}
      {open === 'export' && <ExportNotesDialog briefing={{ id: doc.id, title: doc.metadata.title }} onClose={close} />}
    </>
  );
}
