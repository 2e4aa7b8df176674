/**
 * Schema migrations, applied in order by `PRAGMA user_version`.
 *
 * Each entry moves the database from version `index` to `index + 1` inside one transaction, so a
 * database is always at a version we know. Never edit a migration that has shipped: add one.
 */
import type Database from 'better-sqlite3';
import { createSearchTables } from '../search/schema';

export interface Migration {
  /** What the migration does, for error messages and `briefing doctor`-style reports. */
  description: string;
  up(db: Database.Database): void;
}

export const migrations: Migration[] = [
  {
    description: 'briefings, sections, blocks, spans, figures, references, editions, annotations, settings, facts',
    up(db) {
      db.exec(`
        CREATE TABLE briefings (
          id TEXT PRIMARY KEY,
          title TEXT NOT NULL,
          subtitle TEXT,
          document_type TEXT NOT NULL,
          publisher TEXT,
          series TEXT,
          language TEXT NOT NULL,
          year INTEGER,
          date TEXT,
          authors TEXT NOT NULL DEFAULT '[]',
          pe_number TEXT,
          url TEXT,
          in_this_briefing TEXT NOT NULL DEFAULT '[]',
          warnings TEXT NOT NULL DEFAULT '[]',
          content_hash TEXT NOT NULL UNIQUE,
          source_name TEXT NOT NULL,
          parser TEXT NOT NULL,
          edition INTEGER NOT NULL DEFAULT 1,
          imported_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          last_opened_at TEXT
        ) STRICT;

        CREATE TABLE sections (
          id INTEGER PRIMARY KEY,
          briefing_id TEXT NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          parent_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
          level INTEGER NOT NULL CHECK (level >= 1),
          kind TEXT NOT NULL CHECK (kind IN ('summary', 'body', 'references')),
          title TEXT NOT NULL,
          UNIQUE (briefing_id, ord)
        ) STRICT;

        CREATE TABLE blocks (
          id INTEGER PRIMARY KEY,
          briefing_id TEXT NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
          section_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          kind TEXT NOT NULL,
          text TEXT NOT NULL,
          -- Offset of this block in the briefing's document text (see documentText()).
          text_start INTEGER NOT NULL,
          -- Kind-specific attributes as JSON: list, figure, note, box.
          data TEXT NOT NULL DEFAULT '{}',
          UNIQUE (briefing_id, ord)
        ) STRICT;
        CREATE INDEX blocks_by_section ON blocks(section_id);

        CREATE TABLE inline_spans (
          block_id INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
          kind TEXT NOT NULL CHECK (kind IN ('link', 'emphasis', 'strong', 'note-ref')),
          start INTEGER NOT NULL,
          "end" INTEGER NOT NULL CHECK ("end" >= start),
          href TEXT,
          label TEXT
        ) STRICT;
        CREATE INDEX inline_spans_by_block ON inline_spans(block_id);
        CREATE VIEW links AS
          SELECT block_id, start, "end", href FROM inline_spans WHERE kind = 'link';

        CREATE TABLE figures (
          id INTEGER PRIMARY KEY,
          briefing_id TEXT NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
          block_id INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
          source_block_id INTEGER REFERENCES blocks(id) ON DELETE SET NULL,
          number TEXT NOT NULL,
          caption TEXT NOT NULL,
          source TEXT
        ) STRICT;
        CREATE INDEX figures_by_briefing ON figures(briefing_id);

        CREATE TABLE "references" (
          id INTEGER PRIMARY KEY,
          briefing_id TEXT NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
          block_id INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          text TEXT NOT NULL,
          authors TEXT NOT NULL DEFAULT '[]',
          title TEXT,
          publisher TEXT,
          year INTEGER,
          group_title TEXT
        ) STRICT;
        CREATE INDEX references_by_briefing ON "references"(briefing_id);

        -- The text of earlier editions, kept when a briefing is updated from a new file, so that a
        -- reader can see what changed in an annotated passage.
        CREATE TABLE editions (
          briefing_id TEXT NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
          edition INTEGER NOT NULL,
          content_hash TEXT NOT NULL,
          source_name TEXT NOT NULL,
          imported_at TEXT NOT NULL,
          replaced_at TEXT NOT NULL,
          -- JSON array of { ord, sectionTitle, kind, text, textStart }.
          blocks TEXT NOT NULL,
          PRIMARY KEY (briefing_id, edition)
        ) STRICT;

        CREATE TABLE annotations (
          id TEXT PRIMARY KEY,
          briefing_id TEXT NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
          section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL,
          block_id INTEGER REFERENCES blocks(id) ON DELETE SET NULL,
          -- W3C TextQuoteSelector
          quote TEXT NOT NULL,
          prefix TEXT NOT NULL DEFAULT '',
          suffix TEXT NOT NULL DEFAULT '',
          -- W3C TextPositionSelector over the document text, in UTF-16 code units
          pos_start INTEGER NOT NULL,
          pos_end INTEGER NOT NULL,
          note TEXT NOT NULL DEFAULT '',
          color TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('exact', 'fuzzy', 'orphan')),
          created_at TEXT NOT NULL,
          modified_at TEXT NOT NULL,
          -- Set when deleted; kept for undo until purged.
          deleted_at TEXT
        ) STRICT;
        CREATE INDEX annotations_by_briefing ON annotations(briefing_id);

        CREATE TABLE annotation_tags (
          annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
          tag TEXT NOT NULL,
          PRIMARY KEY (annotation_id, tag)
        ) STRICT;
        CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag);

        CREATE TABLE reading_positions (
          briefing_id TEXT PRIMARY KEY REFERENCES briefings(id) ON DELETE CASCADE,
          block_id INTEGER,
          -- How far into that block the top of the view was, 0..1.
          within REAL NOT NULL DEFAULT 0,
          updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE settings (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) STRICT;

        -- Numbers found in a briefing (facts-and-figures work to come).
        CREATE TABLE facts (
          id INTEGER PRIMARY KEY,
          briefing_id TEXT NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
          block_id INTEGER REFERENCES blocks(id) ON DELETE CASCADE,
          start INTEGER NOT NULL,
          "end" INTEGER NOT NULL,
          value REAL,
          unit TEXT,
          year INTEGER,
          label TEXT,
          data TEXT NOT NULL DEFAULT '{}'
        ) STRICT;
      `);
    }
  },
  {
    description: 'annotations: drafts, anchoring per edition, metadata as parsed (for new editions)',
    up(db) {
      db.exec(`
        -- A note being typed, saved as the user types so that a crash or reload loses nothing.
        -- annotation_key is the annotation's id, or '' for one not created yet (one per briefing).
        CREATE TABLE annotation_drafts (
          briefing_id TEXT NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
          annotation_key TEXT NOT NULL,
          quote TEXT,
          prefix TEXT,
          suffix TEXT,
          pos_start INTEGER,
          pos_end INTEGER,
          note TEXT NOT NULL,
          color TEXT,
          tags TEXT NOT NULL DEFAULT '[]',
          updated_at TEXT NOT NULL,
          PRIMARY KEY (briefing_id, annotation_key)
        ) STRICT;

        -- Where an annotation was anchored in an edition that has since been replaced, so that the
        -- reader can show what changed in the passage.
        CREATE TABLE annotation_anchorings (
          annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
          edition INTEGER NOT NULL,
          quote TEXT NOT NULL,
          pos_start INTEGER NOT NULL,
          pos_end INTEGER NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('exact', 'fuzzy', 'orphan')),
          section_title TEXT,
          PRIMARY KEY (annotation_id, edition)
        ) STRICT;

        -- The metadata as the parser read it from the current edition's file. A field whose value
        -- differs from it was edited by the user and survives an update to a new edition. The
        -- trigger records it for every import, whichever code path inserts the briefing.
        ALTER TABLE briefings ADD COLUMN parsed_metadata TEXT;
        CREATE TRIGGER briefings_parsed_metadata AFTER INSERT ON briefings
        WHEN NEW.parsed_metadata IS NULL
        BEGIN
          UPDATE briefings SET parsed_metadata = json_object(
            'title', NEW.title, 'subtitle', NEW.subtitle, 'documentType', NEW.document_type,
            'publisher', NEW.publisher, 'series', NEW.series, 'language', NEW.language, 'year', NEW.year,
            'date', NEW.date, 'authors', json(NEW.authors), 'peNumber', NEW.pe_number, 'url', NEW.url)
          WHERE id = NEW.id;
        END;
        UPDATE briefings SET parsed_metadata = json_object(
          'title', title, 'subtitle', subtitle, 'documentType', document_type, 'publisher', publisher,
          'series', series, 'language', language, 'year', year, 'date', date, 'authors', json(authors),
          'peNumber', pe_number, 'url', url);
      `);
    }
  },
  {
    description: 'search index tables (postings, positions, vocabulary, blocks, header); filled by the first search',
    up(db) {
      // The index is derived data with its own format version: a rebuild drops and recreates these
      // tables with the DDL of the running version (search/schema.ts).
      createSearchTables(db);
    }
  },
  {
    description: 'indexes on the foreign-key columns that had none, so deleting a briefing cascades by index lookups',
    up(db) {
      // Without them SQLite scans the whole child table for every parent row a delete cascades
      // through (each block of the briefing scans figures, references, facts and annotations).
      // tests/unit/library/schema-indexes.test.ts checks that every foreign key stays covered.
      db.exec(`
        CREATE INDEX sections_by_parent ON sections(parent_id);
        CREATE INDEX figures_by_block ON figures(block_id);
        CREATE INDEX figures_by_source_block ON figures(source_block_id);
        CREATE INDEX references_by_block ON "references"(block_id);
        CREATE INDEX annotations_by_section ON annotations(section_id);
        CREATE INDEX annotations_by_block ON annotations(block_id);
        CREATE INDEX facts_by_briefing ON facts(briefing_id);
        CREATE INDEX facts_by_block ON facts(block_id);
      `);
    }
  },
  {
    description: 'pages of blocks and sections, the source format and page count of briefings, and the original file of a PDF',
    up(db) {
      // A PDF is cited by page and shown beside its reflowed text, so the page of each block and
      // heading is kept, and the file itself (the reader draws its pages). Text sources have no
      // pages: NULL. The parsed metadata gains the two fields so that an edition update compares
      // like with like.
      db.exec(`
        ALTER TABLE blocks ADD COLUMN page INTEGER;
        ALTER TABLE sections ADD COLUMN page INTEGER;
        ALTER TABLE briefings ADD COLUMN source_format TEXT NOT NULL DEFAULT 'text'
          CHECK (source_format IN ('text', 'pdf', 'html', 'markdown'));
        ALTER TABLE briefings ADD COLUMN pages INTEGER;
        CREATE TABLE briefing_files (
          briefing_id TEXT NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
          name TEXT NOT NULL,
          media_type TEXT NOT NULL,
          bytes BLOB NOT NULL,
          PRIMARY KEY (briefing_id)
        ) STRICT;
      `);
    }
  },
  {
    description: 'how far into each briefing the reader has read',
    up(db) {
      // The furthest the reader has got, as a share of the body text (0 to 1): it only grows, so
      // scrolling back to re-read a passage does not undo it. The position above is where they
      // are; this is how much they have read.
      db.exec(`ALTER TABLE reading_positions ADD COLUMN furthest REAL NOT NULL DEFAULT 0 CHECK (furthest BETWEEN 0 AND 1)`);
    }
  },
  {
    description: 'facts: value range, scale, measure, entity, period, qualifier, sentence and section; dismissed consistency flags',
    up(db) {
      // Facts are derived data, rewritten with their briefing (facts/observer.ts): rows from before
      // this version lack the new columns' values, so they are dropped and re-extracted on the
      // next import or edition. Start and end stay document-text offsets of the figure.
      db.exec(`
        DELETE FROM facts;
        ALTER TABLE facts ADD COLUMN section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL;
        ALTER TABLE facts ADD COLUMN value_to REAL;
        ALTER TABLE facts ADD COLUMN scale TEXT;
        ALTER TABLE facts ADD COLUMN measure TEXT;
        ALTER TABLE facts ADD COLUMN entity TEXT;
        ALTER TABLE facts ADD COLUMN period_from INTEGER;
        ALTER TABLE facts ADD COLUMN period_to INTEGER;
        ALTER TABLE facts ADD COLUMN qualifier TEXT;
        ALTER TABLE facts ADD COLUMN sentence TEXT NOT NULL DEFAULT '';
        CREATE INDEX facts_by_section ON facts(section_id);

        -- A consistency flag the user dismissed, by a key made of its kind and the places of its
        -- facts (briefing and offsets), so that it stays dismissed when the facts are re-extracted.
        CREATE TABLE fact_flag_dismissals (
          flag_key TEXT PRIMARY KEY,
          dismissed_at TEXT NOT NULL
        ) STRICT;
      `);
    }
  },
  {
    description: 'where each figure of a PDF is drawn on its page',
    up(db) {
      // JSON { page, x, y, width, height } in points from the page's top-left (shared/types.ts, FigureRegion),
      // so the reader can cut the figure from the original. NULL for other formats, for a figure
      // whose drawing was not found, and for PDFs imported before this version (until an update).
      db.exec(`ALTER TABLE figures ADD COLUMN region TEXT`);
    }
  }
];
