// Applies decisions by marking elements (and, for site rules, taking classes off),
// and undoes exactly what it did. Writes only; all reading happened in plan().
import { HIDDEN_ATTR, UNCLAMP_ATTR, UNLOCK_ATTR, injectSheet, type InjectedSheet } from './stylesheet';
import type { Decision } from './types';

interface Change {
  decision: Decision;
  undo(): void;
}

function markAttribute(element: Element, name: string, value: string): (() => void) | null {
  if (element.hasAttribute(name)) return null; // already ours
  element.setAttribute(name, value);
  return () => element.removeAttribute(name);
}

function removeClasses(element: Element, classes: string[]): () => void {
  const original = element.getAttribute('class');
  element.classList.remove(...classes);
  const ours = element.getAttribute('class');
  return () => {
    // Put the attribute back byte for byte unless the page changed it meanwhile.
    if (element.getAttribute('class') !== ours) element.classList.add(...classes);
    else if (original === null) element.removeAttribute('class');
    else element.setAttribute('class', original);
  };
}

function write(decision: Decision): (() => void) | null {
  const { element, action } = decision;
  switch (action.kind) {
    case 'hide':
      return markAttribute(element, HIDDEN_ATTR, decision.category);
    case 'unclamp':
      return markAttribute(element, UNCLAMP_ATTR, '');
    case 'unlock-scroll':
      return markAttribute(element, UNLOCK_ATTR, action.fixed ? 'fixed' : '');
    case 'remove-class': {
      const present = action.classes.filter((name) => element.classList.contains(name));
      return present.length > 0 ? removeClasses(element, present) : null;
    }
  }
}

export class Applier {
  private changes: Change[] = [];
  private sheet: InjectedSheet | null = null;

  constructor(private readonly doc: Document) {}

  /** Applies the decisions; returns those that changed something. */
  apply(decisions: Decision[]): Decision[] {
    if (decisions.length === 0) return [];
    this.sheet ??= injectSheet(this.doc);
    const applied: Decision[] = [];
    for (const decision of decisions) {
      const undo = write(decision);
      if (!undo) continue;
      this.changes.push({ decision, undo });
      applied.push(decision);
    }
    return applied;
  }

  /** Undoes every change, newest first, and removes the stylesheet. */
  undoAll(): void {
    for (const change of this.changes.reverse()) change.undo();
    this.changes = [];
    this.sheet?.remove();
    this.sheet = null;
  }

  applied(): Decision[] {
    return this.changes.map((change) => change.decision);
  }

  isApplied(element: Element, kind: Decision['action']['kind']): boolean {
    return this.changes.some((change) => change.decision.element === element && change.decision.action.kind === kind);
  }
}
