/** The content script: runs at document_start in every frame of every http(s) page. */
import cautionBanner from './features/caution-banner'
import pageMarks from './features/page-marks'
import searchLabels from './features/search-labels'
import seedPhraseGuard from './features/seed-phrase-guard'

seedPhraseGuard()
pageMarks()
searchLabels()
cautionBanner()
