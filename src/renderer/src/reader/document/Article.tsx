/**
 * The text of a briefing, laid out for reading: header, summary, sections, end matter. It renders
 * only from the layout, so that scrolling, the table of contents or the find bar never re-render
 * the (possibly very long) text.
 */
import { memo, useMemo } from 'react';
import type { BriefingDocument } from '../../../../shared/types';
import { ArticleHeader } from './ArticleHeader';
import { BackMatter, NotesSection, ReferencesSection } from './EndMatter';
import { ItemView } from './ItemView';
import { OriginalContext } from './original-context';
import type { ArticleLayout } from './layout';
import { SectionView } from './SectionView';

export const Article = memo(function Article({ doc, layout }: { doc: BriefingDocument; layout: ArticleLayout }) {
  // A PDF's figures are cut from its pages (FigureImage.tsx).
  const original = useMemo(() => (doc.metadata.sourceFormat === 'pdf' ? { briefingId: doc.id, edition: doc.edition } : null), [doc]);
  return (
    <OriginalContext.Provider value={original}>
      <article className="article" lang={doc.metadata.language} aria-label={doc.metadata.title}>
        <ArticleHeader doc={doc} words={layout.words} />
        {layout.lead.map((item, i) => (
          <ItemView key={i} item={item} />
        ))}
        {layout.summary && <SectionView section={layout.summary} className="summary" />}
        {layout.sections.map((section) => (
          <SectionView key={section.section.id} section={section} />
        ))}
        <NotesSection notes={layout.notes} />
        <ReferencesSection groups={layout.references} title={layout.referencesTitle} />
        <BackMatter heading={layout.backMatterHeading} blocks={layout.backMatter} />
      </article>
    </OriginalContext.Provider>
  );
});
