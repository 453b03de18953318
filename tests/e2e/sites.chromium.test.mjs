// Every supported site in Chromium: campaign likes, shares/reposts, composer posts and follows
// are held behind the Jaga Netral dialog; neutral ones go through untouched.
import { defineSiteTests } from './lib/site-suite.mjs';

defineSiteTests('chromium');
