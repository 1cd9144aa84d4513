CREATE TABLE `admin_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`detail` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `delivered_items` (
	`chat_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`digest_date` text NOT NULL,
	PRIMARY KEY(`chat_id`, `item_id`),
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`chat_id` integer NOT NULL,
	`digest_date` text NOT NULL,
	`parts` text NOT NULL,
	`item_ids` text NOT NULL,
	`parts_sent` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`last_error` text,
	`created_at` integer NOT NULL,
	`completed_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_chat_date` ON `deliveries` (`chat_id`,`digest_date`);--> statement-breakpoint
CREATE INDEX `deliveries_status` ON `deliveries` (`status`);--> statement-breakpoint
CREATE TABLE `feeds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`url` text NOT NULL,
	`title` text,
	`name` text,
	`language` text,
	`enabled` integer DEFAULT true NOT NULL,
	`etag` text,
	`last_modified` text,
	`last_checked_at` integer,
	`last_success_at` integer,
	`next_check_at` integer,
	`consecutive_errors` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`last_warning` text,
	`newest_item_at` integer,
	`added_by` text DEFAULT 'seed' NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feeds_url_unique` ON `feeds` (`url`);--> statement-breakpoint
CREATE TABLE `item_sources` (
	`feed_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`item_id` integer NOT NULL,
	`seen_at` integer NOT NULL,
	PRIMARY KEY(`feed_id`, `item_key`),
	FOREIGN KEY (`feed_id`) REFERENCES `feeds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `item_sources_item` ON `item_sources` (`item_id`);--> statement-breakpoint
CREATE TABLE `items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dedupe_key` text NOT NULL,
	`url` text,
	`link` text,
	`title` text NOT NULL,
	`text` text NOT NULL,
	`summary` text NOT NULL,
	`lang` text NOT NULL,
	`source` text,
	`published_at` integer,
	`first_seen_at` integer NOT NULL,
	`sort_at` integer NOT NULL,
	`relevant` integer NOT NULL,
	`score` real NOT NULL,
	`countries` text NOT NULL,
	`stance` text,
	`topics` text NOT NULL,
	`evidence` text NOT NULL,
	`source_count` integer DEFAULT 1 NOT NULL,
	`backfill` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `items_dedupe_key_unique` ON `items` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `items_relevant_first_seen` ON `items` (`relevant`,`first_seen_at`);--> statement-breakpoint
CREATE INDEX `items_relevant_sort` ON `items` (`relevant`,`sort_at`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `refresh_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer NOT NULL,
	`feeds` integer NOT NULL,
	`fetched` integer NOT NULL,
	`not_modified` integer NOT NULL,
	`failed` integer NOT NULL,
	`new_items` integer NOT NULL,
	`relevant` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `subscribers` (
	`chat_id` integer PRIMARY KEY NOT NULL,
	`chat_type` text NOT NULL,
	`title` text,
	`active` integer DEFAULT true NOT NULL,
	`inactive_reason` text,
	`digest_time` text NOT NULL,
	`timezone` text NOT NULL,
	`countries` text DEFAULT 'CN,RU,US' NOT NULL,
	`stances` text DEFAULT 'cooperation,competition,mixed' NOT NULL,
	`send_empty` integer DEFAULT false NOT NULL,
	`last_digest_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
