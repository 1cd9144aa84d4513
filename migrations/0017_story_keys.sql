-- Grouping keys of grouped items (anchors and SimHash bands, hashed), for candidate lookup by
-- (key, at) instead of reading every story in the time window. Filled for items grouped before
-- this table existed at the next start (story store, once).
CREATE TABLE `story_keys` (
	`key` integer NOT NULL,
	`at` integer NOT NULL,
	`item_id` integer NOT NULL,
	`weight` real NOT NULL,
	PRIMARY KEY(`key`, `at`, `item_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `story_keys_item` ON `story_keys` (`item_id`);
--> statement-breakpoint
-- A deleted item (retention, a removed feed) takes its keys with it.
CREATE TRIGGER `items_delete_story_keys` AFTER DELETE ON `items` WHEN OLD.`story_id` IS NOT NULL BEGIN
  DELETE FROM `story_keys` WHERE `item_id` = OLD.`id`;
END;
