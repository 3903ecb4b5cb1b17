// The Speakers view of a transcript: one button per speaker turn (label + first words), in
// page order. The turn the reader is in is marked with aria-current and kept in view.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../utils/i18n';
import type { PanelSpeakerTurn } from './panel-types';
import { revealInContainer } from './reveal-in-container';

export interface SpeakerListProps {
  turns: readonly PanelSpeakerTurn[];
  currentId: string | null;
  onNavigate(id: string): void;
  scrollContainer?: RefObject<HTMLElement | null>;
}

export function SpeakerList({ turns, currentId, onNavigate, scrollContainer }: SpeakerListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (currentId === null) return;
    const entry = listRef.current?.querySelector(`[data-turn="${currentId}"]`);
    if (entry) revealInContainer(entry, scrollContainer?.current);
  }, [currentId]);
  return (
    <ol ref={listRef} class="speaker-list" aria-label={t('speakersLabel')}>
      {turns.map((turn) => (
        <li key={turn.id}>
          <button
            type="button"
            class={`speaker-turn${turn.id === currentId ? ' is-current' : ''}`}
            data-turn={turn.id}
            aria-current={turn.id === currentId ? 'location' : undefined}
            onClick={() => onNavigate(turn.id)}
          >
            <span class="speaker-name">{turn.speaker}</span>
            {turn.text !== '' ? <span class="speaker-words">{turn.text}</span> : null}
          </button>
        </li>
      ))}
    </ol>
  );
}
