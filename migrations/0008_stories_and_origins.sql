CREATE TABLE `stories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`first_at` integer NOT NULL,
	`last_at` integer NOT NULL,
	`first_seen_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`item_count` integer DEFAULT 1 NOT NULL,
	`stance` text,
	`countries` text NOT NULL,
	`topics` text DEFAULT '[]' NOT NULL,
	`key_terms` text DEFAULT '[]' NOT NULL,
	`score` real DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `stories_last_at` ON `stories` (`last_at`);--> statement-breakpoint
CREATE INDEX `stories_last_seen` ON `stories` (`last_seen_at`);--> statement-breakpoint
ALTER TABLE `feeds` ADD `origin` text;--> statement-breakpoint
ALTER TABLE `feeds` ADD `state_media` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `feeds` ADD `origin_set_by` text;--> statement-breakpoint
ALTER TABLE `items` ADD `story_id` integer;--> statement-breakpoint
ALTER TABLE `items` ADD `story_reason` text;--> statement-breakpoint
ALTER TABLE `items` ADD `story_features` text;--> statement-breakpoint
CREATE INDEX `items_story` ON `items` (`story_id`);--> statement-breakpoint
CREATE INDEX `items_ungrouped` ON `items` (`sort_at`) WHERE relevant = 1 and story_id is null;