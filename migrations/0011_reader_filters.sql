ALTER TABLE `subscribers` ADD `topics` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `subscribers` ADD `muted_words` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `subscribers` ADD `digest_frequency` text DEFAULT 'daily' NOT NULL;--> statement-breakpoint
ALTER TABLE `subscribers` ADD `thread_id` integer;--> statement-breakpoint
ALTER TABLE `subscribers` ADD `managed_by` integer;