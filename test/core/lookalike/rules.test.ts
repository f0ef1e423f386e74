/** One test per lookalike rule (with its reason code) and per false-positive filter. */
import { describe, expect, it } from 'vitest'
import { parseHost } from '../../../src/core/contact/host'
import { buildBrands, matchDomain, matchHandle } from '../../../src/core/lookalike'
import {
  edgeChange,
  isLikelyDifferentWord,
  isTransposition,
  isUnlikelySubstitution,
} from '../../../src/core/lookalike/distance'
import { skeleton } from '../../../src/core/lookalike/skeleton'
import { loadProjects } from './projects'

const brands = buildBrands(loadProjects())
const domain = (value: string) => matchDomain(parseHost(value)!, brands)

describe('domain rules', () => {
  it.each([
    ['tokenpocket.com', 'tokenpocket', 'tld_swap'],
    ['metamask.xyz', 'metamask', 'tld_swap'],
    ['xn--metamsk-en4c.com', 'metamask', 'punycode'],
    ['mеtamask.io', 'metamask', 'homoglyph'],
    ['mеtamask.io', 'metamask', 'mixed_script'],
    ['rnetamask.io', 'metamask', 'homoglyph'],
    ['c0inbase.com', 'coinbase', 'homoglyph'],
    ['metamsk.io', 'metamask', 'edit_distance'],
    ['pamcakewap.com', 'pancakeswap', 'edit_distance'],
    ['metmaask.io', 'metamask', 'transposition'],
    ['tokenpocket.pro.evil.net', 'tokenpocket', 'target_embedding'],
    ['metamask.io-login.ru', 'metamask', 'target_embedding'],
    ['evil-tokenpocket.com', 'tokenpocket', 'target_embedding'],
    ['qqmetamaskqq.com', 'metamask', 'target_embedding'],
    ['tokenpocket-kefu.com', 'tokenpocket', 'combo_squatting'],
    ['tpwallet-guanfang.com', 'tokenpocket', 'combo_squatting'],
    ['metamask-support.com', 'metamask', 'combo_squatting'],
    ['tokenpocket-wallet.vercel.app', 'tokenpocket', 'shared_hosting'],
    ['meta.mask.io', 'metamask', 'target_embedding'],
    ['ledger-support.com', 'ledger', 'combo_squatting'],
    ['phantom-wallet-connect.app', 'phantom', 'combo_squatting'],
    ['okx-kefu.com', 'okx', 'combo_squatting'],
  ])('%s imitates %s (%s)', (value, project, reason) => {
    const match = domain(value)
    expect(match?.project).toBe(project)
    expect(match?.reasons).toContain(reason)
  })

  it('whole-script confusable: a label entirely in Cyrillic that reads as Latin', () => {
    const brandsWithApple = buildBrands([
      { ...loadProjects()[0]!, id: 'apple', aliases: ['Apple'], channels: [
        { type: 'website', value: 'apple.com', role: 'product', status: 'active', sources: [{ url: 'https://apple.com', publisher: 'first_party', retrieved_at: '2026-12-02' }], verified_at: '2026-12-02' },
      ] },
    ])
    const match = matchDomain(parseHost('аррӏе.com')!, brandsWithApple)
    expect(match?.reasons).toContain('whole_script_confusable')
  })

  it('names the official website a lookalike imitates', () => {
    expect(domain('tpwallet-kefu.com')?.imitates.value).toBe('tpwallet.io')
    expect(domain('tokenpocket.net')?.imitates.value).toBe('tokenpocket.pro')
  })

  it.each([
    'tokenpocket.pro',
    'help.tokenpocket.pro',
    'tphelp.gitbook.io',
    'en.tphelp.gitbook.io',
    'metamask.io',
    'support.metamask.io',
  ])('never flags the official %s', (value) => {
    expect(domain(value)).toBeNull()
  })
})

describe('common words and short names need a keyword or a closer match', () => {
  it.each([
    'hyperledger.org',
    'phantombuster.com',
    'trustpilot.com',
    'safe.com',
    'blockchain-news.com',
    'ledgerinsights.com',
    'tplogin.cn',
    'bookexpress.com',
    'myetpwallet.com',
    'miniswap.org',
  ])('%s is not an impersonation', (value) => {
    expect(domain(value)).toBeNull()
  })

  it('an ordinary word with a strong keyword is', () => {
    expect(domain('exodus-wallet-restore.com')?.project).toBe('exodus')
    expect(domain('ledger.com.evil.net')?.project).toBe('ledger')
  })

  it('a compound name keeps its short name: tpwalet is a typo, topwallet another wallet', () => {
    expect(domain('tpwalet.io')?.project).toBe('tokenpocket')
    expect(domain('topwallet.io')).toBeNull()
  })
})

describe('acronyms, chains, collabs and names cut by dots', () => {
  it.each([
    // An acronym ('okx', 'okex') names the brand with any keyword beside it, topic words too.
    ['okxeth2pos.com', 'okx', 'combo_squatting'],
    ['okexbit.com', 'okx', 'combo_squatting'],
    // ... and stands on its own as a hyphen part, even inside a fake 'domain' in the subdomain.
    ['okx-bifrost.com.claimtoken.net', 'okx', 'target_embedding'],
    // Chains and coins, and NFT collections of 'collab drops', beside a name as its own part.
    ['ledger-sui.com', 'ledger', 'combo_squatting'],
    ['sui-ledger.xyz', 'ledger', 'combo_squatting'],
    ['ledger-zksync.live', 'ledger', 'combo_squatting'],
    ['eos-exodus.com', 'exodus', 'combo_squatting'],
    ['rtfkt-ledger.com', 'ledger', 'combo_squatting'],
    ['doodlesokx.one', 'okx', 'combo_squatting'],
    // Claims of being the real thing, and lures.
    ['ledgerorigin.com', 'ledger', 'combo_squatting'],
    ['okexspecialcampaign.com', 'okx', 'combo_squatting'],
    // A distinctive name spelled by hyphen parts across dots.
    ['ledger.live.secure-0541-cloud.com', 'ledger', 'target_embedding'],
    ['ledger.live-newversion.com', 'ledger', 'target_embedding'],
    ['bi.nance.evil.net', 'binance', 'target_embedding'],
  ])('%s imitates %s (%s)', (value, project, reason) => {
    const match = domain(value)
    expect(match?.project).toBe(project)
    expect(match?.reasons).toContain(reason)
  })

  it.each([
    // other projects that share the word: XRP Ledger, Power Ledger, Hyperledger
    'xrpledger.top',
    'powerledger.com',
    'hyperledger.org',
    'ledger-accounting.com',
    'rocksolidledger.com',
    // a topic word beside a common word, unseparated, is an ordinary name
    'ledgersui.com',
    'phantomsolana.com',
    // an acronym inside a word is a coincidence
    'smokexpress.com',
    'lookxtra.com',
    // a common word cut by dots is a coincidence
    'block.chain.news.com',
    'led.ger.example.com',
  ])('%s is not an impersonation', (value) => {
    expect(domain(value)).toBeNull()
  })
})

describe('edit-distance false-positive filters', () => {
  it('only the first or last letter differs, not by a slip: a squat kept as medium (Chromium drops it)', () => {
    expect(edgeChange('wetamask', 'metamask')).toBe('squat')
    expect(edgeChange('binanci', 'binance')).toBe('squat')
    // a vowel turned consonant at an edge: another syllable, another word
    expect(edgeChange('openset', 'opensea')).toBe('word')
    expect(domain('openset.co')).toBeNull()
    // b -> v is a neighbouring key, b -> c a flipped bit, a -> w a neighbouring key: plain typos.
    expect(edgeChange('vinance', 'binance')).toBeNull()
    expect(edgeChange('cinance', 'binance')).toBeNull()
    expect(edgeChange('opensew', 'opensea')).toBeNull()
    for (const squat of ['wetamask.io', 'metamast.com', 'binanci.com', 'uniswad.org']) {
      expect(domain(squat)?.confidence, squat).toBe('medium')
    }
    expect(domain('opensew.io')).toMatchObject({ project: 'opensea', confidence: 'high' })
  })

  it('a short name with one letter replaced by no slip and no vowel: another word', () => {
    expect(isUnlikelySubstitution('tremor', 'trezor')).toBe(true)
    expect(isUnlikelySubstitution('trezar', 'trezor')).toBe(false) // vowel swap
    expect(isUnlikelySubstitution('trezpr', 'trezor')).toBe(false) // neighbouring key
    expect(domain('tremorhub.com')).toBeNull()
    expect(domain('trezar.io')?.project).toBe('trezor')
  })

  it('only trailing digits differ: numbered siblings', () => {
    expect(isLikelyDifferentWord('web4', 'web3')).toBe(true)
    expect(isLikelyDifferentWord('web3x', 'web3')).toBe(false)
  })

  it('an ordinary word is never a typo of a brand: finance.com is not binance', () => {
    expect(domain('finance.com')).toBeNull()
  })

  it('only a hyphen inserted: kept, unlike Chromium, because impersonators use it', () => {
    expect(domain('meta-mask.io')?.project).toBe('metamask')
  })

  it('length-aware limits: one edit up to 8 letters, two beyond, none under 5', () => {
    expect(domain('metamsak.io')?.reasons).toContain('transposition')
    expect(domain('mtamsk.io')).toBeNull() // two edits on an 8-letter name
    expect(domain('pncakeswp.com')?.project).toBe('pancakeswap') // two edits on 11 letters
    expect(domain('okz.com')).toBeNull() // short names take no typos
  })
})

describe('handles', () => {
  it.each([
    ['TokenPocket_Support', 'tokenpocket'],
    ['tokenpocket.service', 'tokenpocket'],
    ['metamask_helpdesk', 'metamask'],
    ['@MetaMask_Support', 'metamask'],
    ['trustwallet_kefu', 'trustwallet'],
    ['ledger_support', 'ledger'],
  ])('%s names %s (brand_in_handle)', (handle, project) => {
    const match = matchHandle(handle, brands)
    expect(match?.project).toBe(project)
    expect(match?.reasons).toContain('brand_in_handle')
  })

  it('marks typos and homoglyphs in handles', () => {
    expect(matchHandle('metamsk_support', brands)?.reasons).toContain('edit_distance')
    expect(matchHandle('rnetamask_help', brands)?.reasons).toContain('homoglyph')
  })

  it('picks the official account on the platform, else the support channel', () => {
    expect(matchHandle('tokenpocket_help', brands, 'telegram')?.imitates.type).toBe('telegram')
    expect(matchHandle('tokenpocket_help', brands)?.imitates.role).toBe('support')
  })

  it.each(['phantom_gamer', 'hyperledger', 'john_smith', 'tp_link'])('%s is no one', (h) => {
    expect(matchHandle(h, brands)).toBeNull()
  })
})

describe('skeleton and helpers', () => {
  it('maps confusables, diacritics and ASCII look-alikes to one skeleton', () => {
    expect(skeleton('МеtаМаsk')).toBe(skeleton('metamask'))
    expect(skeleton('lédger')).toBe(skeleton('ledger'))
    expect(skeleton('rnetarnask')).toBe(skeleton('metamask'))
    expect(skeleton('unisvvap')).toBe(skeleton('uniswap'))
    expect(skeleton('binanci')).not.toBe(skeleton('binand'))
  })

  it('detects an adjacent transposition', () => {
    expect(isTransposition('metmaask', 'metamask')).toBe(true)
    expect(isTransposition('metamask', 'metamask')).toBe(false)
  })
})

describe('confidence', () => {
  it.each([
    ['metamask-support.com', 'high'],
    ['ledger-support.com', 'high'],
    ['metamsk.io', 'high'],
    ['ledger.net', 'medium'],
    ['trezon.io', 'medium'],
    ['phantom-site.io', 'medium'],
    ['okx.somegroup.digital', 'medium'],
    ['tokne.im', 'medium'],
  ])('%s is a %s-confidence lookalike', (value, confidence) => {
    expect(domain(value)?.confidence).toBe(confidence)
  })

  it('a handle typo of a short name is medium, a brand with a strong keyword high', () => {
    expect(matchHandle('@ledgr', brands)?.confidence).toBe('medium')
    expect(matchHandle('@metamask_helpdesk', brands)?.confidence).toBe('high')
  })
})

describe('issue 12: lookalikes of the unseen kinds', () => {
  it.each([
    // brand word beside crypto or support keywords, English or pinyin
    ['ledger-secure-update.app', 'ledger'],
    ['ledgerrecovery.com', 'ledger'],
    ['phantom-alert.app', 'phantom'],
    ['phantomfix.pages.dev', 'phantom'],
    ['okx-wallet.help', 'okx'],
    ['okxweb3-claim.com', 'okx'],
    // a brand as a whole label of another site
    ['okx.somegroup.digital', 'okx'],
    ['ledger.walletconnect-app.xyz', 'ledger'],
    ['imtoken.pay-example.vip', 'imtoken'],
    // two edits of any kind on a long name
    ['pancakswop.finance', 'pancakeswap'],
    ['tokenpicuet.pro', 'tokenpocket'],
    // first or last letter
    ['metamast.com', 'metamask'],
    ['wetamask.io', 'metamask'],
    ['trustwallel.com', 'trustwallet'],
    ['uniswad.org', 'uniswap'],
    ['binanci.com', 'binance'],
    // confusables and letter pairs
    ['ƈoinbase.com', 'coinbase'],
    ['ᴍetamask.io', 'metamask'],
    ['openseə.io', 'opensea'],
    ['rretamask.io', 'metamask'],
    ['nnetamask.io', 'metamask'],
    ['metamalc.io', 'metamask'],
    // whole-script Cyrillic
    ['метамаѕк.io', 'metamask'],
    ['окх.com', 'okx'],
    // a brand whose domain label is a keyword: its full name and its domain
    ['t0ken.im', 'imtoken'],
    ['tokne.im', 'imtoken'],
    ['token-im.com', 'imtoken'],
    ['support-token.im', 'imtoken'],
    ['to.ken.im', 'imtoken'],
    // a misspelt shared-hosting site
    ['tphelp.gitbok.io', 'tokenpocket'],
  ])('%s imitates %s', (value, project) => {
    expect(domain(value)?.project).toBe(project)
  })

  it.each([
    'hyperledger.org',
    'phantombuster.com',
    'ledgerinsights.com',
    'tremorhub.com',
    'token.com',
    'tokenswap.org',
    'gateway.com',
    'backpackers.com',
  ])('%s is not an impersonation', (value) => {
    expect(domain(value)).toBeNull()
  })
})

describe('a brand named by a common word needs context (fixture registry)', () => {
  const base = loadProjects()[0]!
  const site = (value: string) => ({ ...base.channels[0]!, type: 'website' as const, value })
  const fixture = buildBrands([
    ...loadProjects(),
    { ...base, id: 'gate', aliases: ['Gate', 'Gate.io', 'Gate Wallet'], channels: [site('gate.io')] },
    { ...base, id: 'backpack', aliases: ['Backpack', 'Backpack Wallet'], channels: [site('backpack.app')] },
  ])
  const match = (value: string) => matchDomain(parseHost(value)!, fixture)

  it.each([
    ['gate-wallet.com', 'gate'],
    ['gateio-support.com', 'gate'],
    ['gate-io.com', 'gate'],
    ['gate.io.login-verify.net', 'gate'],
    ['backpack-wallet.app', 'backpack'],
    ['backpackwallet-support.com', 'backpack'],
  ])('%s imitates %s', (value, project) => {
    expect(match(value)?.project).toBe(project)
  })

  it.each(['gateway.com', 'gatehub.net', 'backpackers.com', 'backpacking-europe.org', 'gate.io'])(
    '%s is not an impersonation',
    (value) => {
      expect(match(value)).toBeNull()
    },
  )
})

describe('verdicts no stronger than their evidence (issue 12)', () => {
  it.each([
    // two edits that rewrite the short name of 'htxglobal' or the 'com' of 'cryptocom'
    'sdfxglobal.com',
    'cryptoearns.com',
    // a name of keywords only, or a label that is the brand only with its suffix (keyst.one),
    // inside a longer word
    'www.cryptocompare.com',
    'keystonecapital.com',
    'krakencompany.com',
    // keywords of the field alone around a keyword label
    'crypto-exchange.com',
    // GitHub Pages of an official GitHub organisation
    'metamask.github.io',
    // keywords only, a name's letters running across two of them ('cla|imtoken')
    'claimtoken.com',
    // a letter added at the end of a keyword label: another word
    'cryptos.com',
  ])('%s is not an impersonation', (value) => {
    expect(domain(value)).toBeNull()
  })

  it.each([
    // a six-letter name run into other letters may begin another word
    ['unisatellite.com', 'unisat', 'medium'],
    ['trezormail.com', 'trezor', 'medium'],
    ['trezor-mail.com', 'trezor', 'high'],
    // a common word beside field words only ('nft') is medium; beside a lure, high
    ['nftblockchain.mobi', 'blockchain_com', 'medium'],
    ['nft-blockchain-support.com', 'blockchain_com', 'high'],
    // typos on the keywords of a short name plus keywords keep the short name
    ['htxglobl.com', 'htx', 'high'],
    // crypto.com's keyword label on its own suffix
    ['crypt0.com', 'crypto_com', 'high'],
    ['cryptp.com', 'crypto_com', 'medium'],
    ['cryto.com', 'crypto_com', 'medium'],
    // a name spelt apart in an alias ('One Key') is one name: typos anywhere in it
    ['obnekey.so', 'onekey', 'medium'],
    ['mqthwallet.org', 'mathwallet', 'high'],
    // two edits are a squat as often as another name, unless a lure says which
    ['manhwalist.com', 'mathwallet', 'medium'],
    ['pancakswop.finance', 'pancakeswap', 'medium'],
    ['pancakswop-claim.com', 'pancakeswap', 'high'],
  ])('%s imitates %s (%s)', (value, project, confidence) => {
    expect(domain(value)?.project).toBe(project)
    expect(domain(value)?.confidence).toBe(confidence)
  })

  it('a handle that is a label and suffix joined takes typos on its label only', () => {
    expect(matchHandle('raimbow-me', brands)?.project).toBe('rainbow')
    expect(matchHandle('rainbow-mea', brands)).toBeNull()
  })
})
