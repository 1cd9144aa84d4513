CREATE INDEX `briefing_variants_created` ON `briefing_variants` (`created_at`);--> statement-breakpoint
CREATE INDEX `delivered_items_item` ON `delivered_items` (`item_id`);