// The shape every language's catalogue has: English's keys, each with a message.
import type { Message } from '../message-format.ts';
import type { en } from './en.ts';

export type MessageKey = keyof typeof en;

export type Catalogue = Readonly<Record<MessageKey, Message>>;
