CREATE TABLE `briefing_variants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hash` text NOT NULL,
	`parts` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `briefing_variants_hash_unique` ON `briefing_variants` (`hash`);--> statement-breakpoint
ALTER TABLE `deliveries` ADD `variant_id` integer;--> statement-breakpoint
ALTER TABLE `deliveries` ADD `sent_parts` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `deliveries_variant` ON `deliveries` (`variant_id`);