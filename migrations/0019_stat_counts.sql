CREATE TABLE `stat_counts` (
	`name` text NOT NULL,
	`bucket` integer NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`name`, `bucket`)
);
