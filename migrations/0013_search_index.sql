-- Full-text search over relevant stories. The indexed text is computed by troika_search_text and
-- troika_search_roots, functions the program registers on every connection it opens (src/db/search.ts):
-- words by their stems, Chinese as bigrams, traditional folded to simplified, Indonesian roots in columns of their own.
-- Contentless (the text lives in items); contentless_delete lets the triggers remove a row by id.
CREATE VIRTUAL TABLE `items_fts` USING fts5(title, body, title_roots, body_roots, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `items_fts` (rowid, title, body, title_roots, body_roots)
  SELECT id, troika_search_text(title), troika_search_text(text), troika_search_roots(title, lang), troika_search_roots(text, lang) FROM `items` WHERE relevant = 1;
--> statement-breakpoint
CREATE TRIGGER `items_fts_insert` AFTER INSERT ON `items` WHEN new.relevant = 1 BEGIN
  INSERT INTO `items_fts` (rowid, title, body, title_roots, body_roots)
    VALUES (new.id, troika_search_text(new.title), troika_search_text(new.text), troika_search_roots(new.title, new.lang), troika_search_roots(new.text, new.lang));
END;
--> statement-breakpoint
CREATE TRIGGER `items_fts_delete` AFTER DELETE ON `items` WHEN old.relevant = 1 BEGIN
  DELETE FROM `items_fts` WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `items_fts_update` AFTER UPDATE OF title, text, lang, relevant ON `items` BEGIN
  DELETE FROM `items_fts` WHERE rowid = old.id AND old.relevant = 1;
  INSERT INTO `items_fts` (rowid, title, body, title_roots, body_roots)
    SELECT new.id, troika_search_text(new.title), troika_search_text(new.text), troika_search_roots(new.title, new.lang), troika_search_roots(new.text, new.lang)
    WHERE new.relevant = 1;
END;
