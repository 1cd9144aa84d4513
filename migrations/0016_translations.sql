CREATE TABLE `translations` (
	`text_hash` text NOT NULL,
	`locale` text NOT NULL,
	`headline` text NOT NULL,
	`summary` text NOT NULL,
	`model` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`text_hash`, `locale`)
);
--> statement-breakpoint
CREATE INDEX `translations_created_idx` ON `translations` (`created_at`);