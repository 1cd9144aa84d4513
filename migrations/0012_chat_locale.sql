ALTER TABLE `subscribers` ADD `locale` text;--> statement-breakpoint
ALTER TABLE `subscribers` ADD `story_langs` text DEFAULT 'en,id,ru,zh' NOT NULL;