"""Date and time formats per interface language (``FORMAT_MODULE_PATH``), issue 16.

Every language writes day, month, year in that order with the month's name, and the 24-hour
clock: newcomers read the dates on the Ausländerbehörde's letters that way. Digits stay Western
(0-9) everywhere: the emergency number, phone numbers, postcodes and dates on official letters are
printed so, and Django never converts them. "Uhr" is German only (the German formats are Django's).
Django has no formats for Tigrinya and Kurmancî; their month names come from the project's
catalogs (``locale/ti``, ``locale/kmr``: the msgids "January" … "December" of django.utils.dates).
"""
