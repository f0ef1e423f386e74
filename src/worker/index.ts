/** The Worker's entry (`main` in wrangler.toml). */
import app from './app'

export default app
