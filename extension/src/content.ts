/** The content script: runs at document_start in every frame of every http(s) page. */
import pageMarks from './features/page-marks'
import seedPhraseGuard from './features/seed-phrase-guard'

seedPhraseGuard()
pageMarks()
