ALTER TABLE `deliveries` ADD `story_ids` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `deliveries` ADD `told_story_ids` text DEFAULT '' NOT NULL;