import { useMessages } from '../i18n';
import { appMessages } from './messages';
import { Placeholder } from './Placeholder';
import type { ScreenProps } from './ScreenProps';

export function MainScreen(_props: ScreenProps) {
  return <Placeholder text={useMessages(appMessages).placeholderMain} />;
}
