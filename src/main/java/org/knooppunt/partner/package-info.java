/**
 * Finding partners: ranked, explained suggestions of organisations a library does not work with
 * yet, for a need (topics, target groups) in an area.
 */
package org.knooppunt.partner;
