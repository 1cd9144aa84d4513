import type { Context } from 'grammy';

/** Bot admins, from ADMIN_IDS. */
export function isAdmin(adminIds: readonly number[]) {
  return (ctx: Context): boolean => ctx.from !== undefined && adminIds.includes(ctx.from.id);
}

/**
 * In a private chat its owner speaks for themselves; in a group only that group's admins (asked via
 * getChatMember); a channel managed from a private chat was checked by the channels feature.
 */
export async function canManageChat(ctx: Context & { managedChat?: number }): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat || !ctx.from) return false;
  if (ctx.managedChat !== undefined) return chat.type === 'private' && ctx.from.id === chat.id;
  // In a private chat the chat is the person: anyone else (a forged or misrouted update) is not.
  if (chat.type === 'private') return ctx.from.id === chat.id;
  if (chat.type === 'channel') return false;
  try {
    const member = await ctx.api.getChatMember(chat.id, ctx.from.id);
    return member.status === 'creator' || member.status === 'administrator';
  } catch {
    return false;
  }
}
