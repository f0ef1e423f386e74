/**
 * Phone numbers in every written form scammers use (scripts/phone-forms.ts: Chinese numerals,
 * full-width digits, dashes of every kind, middle dots, a +86 or 0086 prefix, hours in brackets
 * after the number) are read as the number they are. `npm run eval` prints the same figure.
 */
import { describe, expect, it } from 'vitest'
import { check } from '../../../src/core'
import { foldPhoneDigits, parsePhone } from '../../../src/core/contact/phone'
import { allFacets, measurePhones, phoneForms } from '../../../scripts/phone-forms'
import { realIndex } from '../../helpers/registry'

const phones = (text: string) =>
  (check(text, realIndex()).contacts ?? []).filter((c) => c.kind === 'phone').map((c) => c.normalized)

describe('phone numbers in every written form', () => {
  it('reads every generated presentation as its number', () => {
    const forms = phoneForms()
    // Every form of every facet is in the sample.
    expect(new Set(forms.flatMap((f) => f.facets))).toEqual(allFacets())
    const t = measurePhones(realIndex(), forms)
    expect(t.misses.map((m) => m.text)).toEqual([])
    expect(t.read).toBe(forms.length)
  })

  it.each([
    ['TP钱包客服电话：400-800-1234（24小时）', '+864008001234'],
    ['TP钱包客服电话 400-800-1234 (9:00-18:00)', '+864008001234'],
    ['TP钱包客服电话 400-800-1234 24小时', '+864008001234'],
    ['TP钱包客服电话：400—800—1234', '+864008001234'],
    ['TP钱包客服电话：400–800–1234', '+864008001234'],
    ['TP钱包客服电话：400‐800‐1234', '+864008001234'],
    ['TP钱包客服电话：400−800−1234', '+864008001234'],
    ['币安客服：+86 138·0013·8000（工作日9:00-18:00）', '+8613800138000'],
    ['币安客服：138 0013 8000', '+8613800138000'],
    ['币安客服：１３８００１３８０００', '+8613800138000'],
    ['TP钱包客服电话：四零零八零零一二三四', '+864008001234'],
    ['TP钱包电话：幺三八〇〇幺三八〇〇〇', '+8613800138000'],
  ])('%s -> %s', (text, e164) => {
    expect(phones(text)).toEqual([e164])
  })

  it('a TP钱包 number with its hours is not_offered, the hours never joined to the number', () => {
    const v = check('TP钱包客服电话：400-800-1234（24小时）', realIndex())
    expect(v.verdict).toBe('not_offered')
    expect(parsePhone('400-800-1234(24小时)')).toEqual({ e164: '+864008001234', country: 'CN' })
    // An area code in brackets stays part of the number.
    expect(parsePhone('(021) 1234 5678')).toEqual({ e164: '+862112345678', country: 'CN' })
  })

  it('folds only runs of seven digits or more, one character for one', () => {
    expect(foldPhoneDigits('四零零—八零零—一二三四')).toBe('400-800-1234')
    for (const text of ['一二三', '第一二三章', '二〇二四年一〇月', 'T·P钱包', '一心一意']) {
      expect(foldPhoneDigits(text)).toBe(text)
    }
    const text = '客服：幺三八〇〇幺三八〇〇〇，谢谢'
    expect(foldPhoneDigits(text)).toHaveLength(text.length)
  })
})
