/**
 * Login, roles, throttling and security headers; the accounts themselves are in {@code account}.
 */
package org.knooppunt.platform.security;
