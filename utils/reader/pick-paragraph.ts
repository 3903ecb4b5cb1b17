import { PANEL_TAG } from '../panel-tag';
import { injectPageStyle } from '../page-style';

const PICK_ATTR = 'data-lectern-pick';
const TEXT_BLOCKS = 'p,li,blockquote,h1,h2,h3,h4,h5,h6,td,dd';
/** A speech written as <br>-separated lines inside one div is picked div-wise. */
const BLOCKS = `${TEXT_BLOCKS},div`;

/**
 * "Select paragraph" mode, for sites that block text selection (user-select:none,
 * selectstart/copy handlers): a click on a block of the speech saves that whole
 * block. Our listener runs in the capture phase, so page handlers never see the click.
 */
export function startParagraphPick(doc: Document, root: Element, onPick: (range: Range) => void, onExit: () => void): () => void {
  const style = injectPageStyle(
    doc,
    `[${PICK_ATTR}] :is(${TEXT_BLOCKS}):hover{outline:2px dashed #a3361b;outline-offset:2px;cursor:copy}`,
    'pick',
  );
  root.setAttribute(PICK_ATTR, '');
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || target.closest(PANEL_TAG) || !root.contains(target)) return;
    const block = target.closest(BLOCKS);
    if (!block || !root.contains(block) || !block.textContent?.trim()) return;
    event.preventDefault();
    event.stopPropagation();
    const range = doc.createRange();
    range.selectNodeContents(block);
    onPick(range);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onExit();
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKey, true);
    root.removeAttribute(PICK_ATTR);
    style.remove();
  };
}
