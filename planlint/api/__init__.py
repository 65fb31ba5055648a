"""The rule API: what a rule is (``Rule``), what it yields (``Hit``), what it may read
(``Context``), and the finding the driver makes of a hit (``Finding``, ``Edit``)."""
