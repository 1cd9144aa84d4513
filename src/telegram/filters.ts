import type { Context } from 'grammy';

/** Bot admins, from ADMIN_IDS. */
export function isAdmin(adminIds: readonly number[]) {
  return (ctx: Context): boolean => ctx.from !== undefined && adminIds.includes(ctx.from.id);
}

/** In a private chat anyone speaks for themselves; in a group only that group's admins (asked via getChatMember). */
export async function canManageChat(ctx: Context): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat || !ctx.from) return false;
  if (chat.type === 'private') return true;
  if (chat.type === 'channel') return false;
  try {
    const member = await ctx.api.getChatMember(chat.id, ctx.from.id);
    return member.status === 'creator' || member.status === 'administrator';
  } catch {
    return false;
  }
}
