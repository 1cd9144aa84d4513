-- The chat's record of the stories it was sent moves into its ledger rows: a delivered row's
-- item_ids are that record (one row per chat and day instead of one per chat and item, which
-- was ~9 MiB a day at 10,000 subscribers). Nothing is lost: every old record is covered by a
-- delivered ledger row, or gets one.
ALTER TABLE `deliveries` ADD `delivered` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- What the old code recorded as sent when it closed a row: anything reached the chat, or an empty day.
UPDATE `deliveries` SET `delivered` = 1 WHERE `status` IN ('sent', 'empty') OR (`status` <> 'pending' AND `parts_sent` > 0);--> statement-breakpoint
CREATE TEMP TABLE `ledger_items` AS SELECT d.`chat_id` AS chat_id, j.value AS item_id FROM `deliveries` d, json_each(d.`item_ids`) j WHERE d.`delivered` = 1;--> statement-breakpoint
CREATE INDEX temp.`ledger_items_key` ON `ledger_items` (`chat_id`, `item_id`);--> statement-breakpoint
-- Records no delivered row covers (its ledger row pruned first, or from before the ledger kept item ids):
-- one ledger row per chat and date holds them; an existing row for that date takes them in.
INSERT INTO `deliveries` (`chat_id`, `digest_date`, `variant_id`, `item_ids`, `delivered`, `status`, `created_at`, `completed_at`)
  SELECT di.`chat_id`, di.`digest_date`, NULL, json_group_array(di.`item_id`), 1, 'sent',
         coalesce(unixepoch(di.`digest_date`), 0) * 1000, coalesce(unixepoch(di.`digest_date`), 0) * 1000
    FROM `delivered_items` di
   WHERE NOT EXISTS (SELECT 1 FROM `ledger_items` l WHERE l.chat_id = di.`chat_id` AND l.item_id = di.`item_id`)
   GROUP BY di.`chat_id`, di.`digest_date`
  ON CONFLICT (`chat_id`, `digest_date`) DO UPDATE SET
    `item_ids` = (SELECT json_group_array(value) FROM (SELECT value FROM json_each(`deliveries`.`item_ids`) UNION SELECT value FROM json_each(excluded.`item_ids`))),
    `delivered` = 1;--> statement-breakpoint
DROP TABLE temp.`ledger_items`;--> statement-breakpoint
DROP TABLE `delivered_items`;--> statement-breakpoint
-- Retention's walk over the old records is over.
DELETE FROM `meta` WHERE `key` = 'retention_delivered_cursor';
