/** Global search across organisations, municipalities and topics (full-text indexes). */
package org.knooppunt.search;
