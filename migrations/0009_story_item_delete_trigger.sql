-- A deleted item (retention, a removed feed) leaves its story one item shorter; a story with no
-- items left goes with its last one.
CREATE TRIGGER `items_delete_story` AFTER DELETE ON `items` WHEN OLD.`story_id` IS NOT NULL BEGIN
  UPDATE `stories` SET `item_count` = `item_count` - 1 WHERE `id` = OLD.`story_id`;
  DELETE FROM `stories` WHERE `id` = OLD.`story_id` AND `item_count` <= 0;
END;
