DROP INDEX `deliveries_status`;--> statement-breakpoint
CREATE INDEX `deliveries_status_completed` ON `deliveries` (`status`,`completed_at`);--> statement-breakpoint
CREATE INDEX `deliveries_date` ON `deliveries` (`digest_date`);--> statement-breakpoint
ALTER TABLE `feeds` ADD `item_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `feeds` ADD `relevant_count` integer DEFAULT 0 NOT NULL;