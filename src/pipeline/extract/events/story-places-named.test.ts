import { describe, expect, it } from 'vitest';
import { storyPlacesNamed } from './story-places-named.js';
import { TEST_PLACES, mention } from '../../../../tests/fixtures/mention-group.js';

describe('storyPlacesNamed', () => {
  it.each<[string, string[], string[], string[]]>([
    [
      'a story place inside the country that the sentence names',
      ['The contingent in Wren was routed, with hundreds killed, in Southmark.'],
      ['plc_wren', 'plc_ashby', 'plc_southmark'],
      ['plc_wren'],
    ],
    ['no story place named in the sentence', ['135 people were killed in Southmark.'], ['plc_wren'], []],
    ['a named place the article places no event at', ['Fighting in Ashby, Southmark.'], ['plc_wren'], []],
    ['a named story place in another country', ['Fighting in Tarn and Southmark.'], ['plc_tarn'], []],
    ['a name inside a longer word', ['The Wrenford clashes in Southmark.'], ['plc_wren'], []],
    [
      'every report must name it',
      ['Fighters in Wren died in Southmark.', 'Many died in Southmark.'],
      ['plc_wren'],
      [],
    ],
  ])('%s', (_name, sentences, story, expected) => {
    const members = sentences.map((sentence) => mention({ sentence, place: 'plc_southmark' }));
    expect(storyPlacesNamed(members, 'plc_southmark', story, TEST_PLACES)).toEqual(expected);
  });
});
