"""Names a module provides but keeps in other modules, loaded on the first look-up.

A module that moves rarely used names out (to spare a board's heap) keeps a table of
``(module, " name name ... ")`` pairs, the names padded with spaces, and answers a missing
attribute with ``load(globals(), __name__, table, name)`` from its module ``__getattr__``
(which works on MicroPython as on CPython). The first look-up imports the module that holds
the name and keeps the value in the asking module's globals, so later look-ups cost nothing.
"""


def load(namespace, module_name, table, name):
    """Return name from the first module of table that lists it, and keep it in namespace."""
    for holder, names in table:
        if " " + name + " " in names:
            value = getattr(__import__("tinynet.core." + holder, None, None, [name]), name)
            namespace[name] = value
            return value
    raise AttributeError("module %r has no attribute %r" % (module_name, name))
