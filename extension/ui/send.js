// Named messages from an extension page to the background: -> { data } | { error }.
import { api } from '../shared/api.js';

export async function send(name, fields = {}) {
  try {
    const reply = await api.runtime.sendMessage({ name, ...fields });
    return reply || { error: 'no reply' };
  } catch (err) {
    return { error: String((err && err.message) || err) };
  }
}
