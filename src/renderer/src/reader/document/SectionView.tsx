/** A section of the body: its heading (the table of contents' target) and its items. */
import { memo } from 'react';
import { ItemView } from './ItemView';
import type { ArticleSection } from './layout';

/** Headings written in capitals ("SUMMARY") are set as labels rather than shouted (see .caps). */
export function isAllCaps(title: string): boolean {
  return /\p{Lu}/u.test(title) && !/\p{Ll}/u.test(title);
}

export const SectionView = memo(function SectionView({ section, className }: { section: ArticleSection; className?: string }) {
  const level = Math.min(Math.max(section.section.level, 1), 3);
  const Heading = (['h2', 'h3', 'h4'] as const)[level - 1]!;
  const titleClass = `section-title level-${level}${isAllCaps(section.section.title) ? ' caps' : ''}${section.repeatsTitle ? ' visually-hidden' : ''}`;
  return (
    <section className={className ? `section ${className}` : 'section'} aria-labelledby={section.anchor} data-section-id={section.section.id}>
      <Heading id={section.anchor} className={titleClass} tabIndex={-1}>
        {section.section.title}
      </Heading>
      {section.items.map((item, i) => (
        <ItemView key={i} item={item} />
      ))}
    </section>
  );
});
