/**
 * The service worker: each feature registers its own listeners, one line each. Listeners must
 * be registered synchronously at start, or Chrome will not wake the worker for their events.
 */
import answerPages from './features/answer-pages'
import navigationCheck from './features/navigation-check'
import registrySync from './features/registry-sync'

registrySync()
navigationCheck()
answerPages()
