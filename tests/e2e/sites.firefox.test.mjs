// Every supported site in Firefox: campaign likes, shares/reposts, composer posts and follows
// are held behind the Jaga Netral dialog; neutral ones go through untouched.
import { defineSiteTests } from './lib/site-suite.mjs';

defineSiteTests('firefox');
