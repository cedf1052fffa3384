"""Pure text folding: the search key shared by the index and the query, and Cyrillic romanisation.

No Qt, no database: everything here is a plain function of its input (see :mod:`.fold`).
"""

from liaison.text.fold import KEY_VERSION, fts_prefix_query, index_key, query_tokens, search_key
from liaison.text.translit import transliterate_cyrillic

__all__ = [
    "KEY_VERSION",
    "fts_prefix_query",
    "index_key",
    "query_tokens",
    "search_key",
    "transliterate_cyrillic",
]
