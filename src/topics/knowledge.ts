// Topic knowledge: named issues (data/topics/issues.json) and PLOVER contexts (data/topics/contexts.json),
// compiled once into one phrase matcher. Every JSON file of data/topics (built-in, then user folders) is
// read: files may hold `issues` and/or `contexts`; an entry whose id is already known adds its phrases
// (and a later `context` wins), so a user file can extend a built-in issue.

import { readTopic } from '../knowledge/data-files.js';
import { PhraseMatcher } from './phrases.js';

export interface TopicDef {
  /** Issue id (display name) or PLOVER context name. */
  id: string;
  kind: 'issue' | 'context';
  /** For issues: the PLOVER context the issue belongs to (an index into `topics`), else -1. */
  context: number;
}

export interface TopicKnowledge {
  topics: TopicDef[];
  /** Values are indices into `topics`: an issue phrase yields the issue and its context. */
  matcher: PhraseMatcher<number>;
  /** Context index by name, including older PLOVER names given as aliases ('refugee' -> migration). */
  contextByName: Map<string, number>;
}

interface IssueJson { id: string; context?: string; phrases: string[] }
interface ContextJson { id: string; cues: string[]; aliases?: string[] }
interface TopicsFile { version?: number; issues?: IssueJson[]; contexts?: ContextJson[] }

let cached: TopicKnowledge | null = null;

export function topicKnowledge(): TopicKnowledge {
  if (cached === null) cached = buildTopicKnowledge(readTopic<TopicsFile>('topics').map((f) => ({ path: f.path, json: f.json })));
  return cached;
}

/** Drop the compiled knowledge (after changing data folders). */
export function resetTopicKnowledge(): void {
  cached = null;
}

export function buildTopicKnowledge(files: { path: string; json: TopicsFile }[]): TopicKnowledge {
  const topics: TopicDef[] = [];
  const contextByName = new Map<string, number>();
  const issueById = new Map<string, number>();
  const contextPhrases = new Map<number, string[]>();
  const issuePhrases = new Map<number, string[]>();
  const issueContext = new Map<number, string>();

  for (const { path, json } of files) {
    if (json.version !== undefined && json.version !== 1) throw new Error(`${path}: unsupported version ${json.version}`);
    for (const c of json.contexts ?? []) {
      if (typeof c.id !== 'string' || !Array.isArray(c.cues)) throw new Error(`${path}: context needs id and cues`);
      let idx = contextByName.get(c.id);
      if (idx === undefined || topics[idx].id !== c.id) {
        idx = topics.length;
        topics.push({ id: c.id, kind: 'context', context: -1 });
        contextByName.set(c.id, idx);
        contextPhrases.set(idx, []);
      }
      contextPhrases.get(idx)!.push(...c.cues);
      for (const a of c.aliases ?? []) if (!contextByName.has(a)) contextByName.set(a, idx);
    }
  }
  for (const { path, json } of files) {
    for (const is of json.issues ?? []) {
      if (typeof is.id !== 'string' || !Array.isArray(is.phrases)) throw new Error(`${path}: issue needs id and phrases`);
      let idx = issueById.get(is.id);
      if (idx === undefined) {
        idx = topics.length;
        topics.push({ id: is.id, kind: 'issue', context: -1 });
        issueById.set(is.id, idx);
        issuePhrases.set(idx, []);
      }
      issuePhrases.get(idx)!.push(...is.phrases);
      if (is.context) issueContext.set(idx, is.context);
    }
  }
  for (const [idx, name] of issueContext) {
    const c = contextByName.get(name);
    if (c === undefined) throw new Error(`topics: issue '${topics[idx].id}' names unknown context '${name}'`);
    topics[idx].context = c;
  }

  const matcher = new PhraseMatcher<number>();
  for (const [idx, phrases] of contextPhrases) for (const p of phrases) matcher.add(p, idx);
  for (const [idx, phrases] of issuePhrases) {
    const ctx = topics[idx].context;
    for (const p of phrases) {
      matcher.add(p, idx);
      if (ctx >= 0) matcher.add(p, ctx);
    }
  }
  return { topics, matcher, contextByName };
}
