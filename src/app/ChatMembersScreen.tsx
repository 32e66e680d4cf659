import { ChatMembersPanel } from '../features/chat-members';
import { MyStatusCard } from '../features/status';
import type { ScreenProps } from './ScreenProps';

/**
 * The chat sidebar (IM_SIDEBAR): the chat's members from PLACEMENT_OPTIONS.dialogId, with my own
 * status switch on top (mounted by the panel once the first batch has seeded `me` and `myStatus`).
 */
export function ChatMembersScreen({ portal }: ScreenProps) {
  return (
    <ChatMembersPanel
      dialogId={portal.placementOptions.dialogId}
      top={
        <div className="border-b border-line">
          <MyStatusCard compact />
        </div>
      }
    />
  );
}
