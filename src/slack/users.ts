import type { webApi } from '@slack/bolt';
import { truncate } from '../present/blocks/index.js';

/** The sharer's display name, as text: a real mention would notify them about their own share. */
export async function sharerName(client: webApi.WebClient, user: string): Promise<string | undefined> {
  try {
    const info = await client.users.info({ user });
    const name = info.user?.profile?.display_name || info.user?.real_name || info.user?.name;
    return name ? truncate(name, 80) : undefined;
  } catch {
    return undefined;
  }
}
