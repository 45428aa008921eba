"""The fast load path's builders, written from the model by :mod:`minsheng._generate`.

Do not edit: ``python -m minsheng._generate --write`` writes this file again, and
a test fails while it is out of date.  It is a module, rather than code that
is compiled at the first load, so that Python caches its bytecode and a
command line does not spend 10 ms compiling it.  Its names (defaults, enum
tables, validators, twin classes) are set by :mod:`minsheng._build` when it
loads it; where it is out of date or twins are refused, that module compiles
its builders itself.
"""

# mypy: ignore-errors

SOURCE_CRC = 483189626


def _build_Text(_d, _c):
    if _d.__class__ is not dict:
        raise _GiveUp
    _n = len(_d)
    _left = _n - 1
    _v = _d['zh']
    if _v.__class__ is not str or len(_v) > _LONGEST:
        raise _GiveUp
    f_zh = _v
    f_en = _default1
    if _left:
        _v = _d.get('en', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_en = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_en = _v
    f_en_official = _default2
    if _left:
        _v = _d.get('en_official', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not bool:
                raise _GiveUp
            f_en_official = _v
    if _left:
        raise _GiveUp
    _c[0] += _n
    _o = _new(_twin4)
    _o.zh = f_zh
    _o.en = f_en
    _o.en_official = f_en_official
    _o.__class__ = _cls3
    if not (not f_zh.isspace() and f_zh):
        raise _GiveUp
    return _o
def _build_Jurisdiction(_d, _c):
    if _d.__class__ is not dict:
        raise _GiveUp
    _n = len(_d)
    _left = _n - 3
    _v = _d['slug']
    if _v.__class__ is not str or len(_v) > _LONGEST:
        raise _GiveUp
    f_slug = _v
    _v = _d['name']
    f_name = _build_Text(_v, _c)
    _v = _d['division_code']
    if _v.__class__ is not str or len(_v) > _LONGEST:
        raise _GiveUp
    f_division_code = _v
    f_province = _default5
    if _left:
        _v = _d.get('province', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_province = None
            else:
                f_province = _build_Text(_v, _c)
    if _left:
        raise _GiveUp
    _c[0] += _n
    _o = _new(_twin7)
    _o.slug = f_slug
    _o.name = f_name
    _o.division_code = f_division_code
    _o.province = f_province
    _o.__class__ = _cls6
    if not (_slug(f_slug) is not None):
        raise _GiveUp
    _validator8(_o, _attribute9, f_division_code)
    _o.__attrs_post_init__()
    return _o
def _build_Source(_d, _c):
    if _d.__class__ is not dict:
        raise _GiveUp
    _n = len(_d)
    _left = _n - 4
    _v = _d['id']
    if _v.__class__ is not str or len(_v) > _LONGEST:
        raise _GiveUp
    f_id = _v
    _v = _d['publisher']
    if _v.__class__ is not str or len(_v) > _LONGEST:
        raise _GiveUp
    f_publisher = _v
    _v = _d['title']
    if _v.__class__ is not str or len(_v) > _LONGEST:
        raise _GiveUp
    f_title = _v
    _v = _d['date']
    f_date = _structure_date(_v, _date)
    f_author = _default11
    if _left:
        _v = _d.get('author', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_author = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_author = _v
    f_url = _default12
    if _left:
        _v = _d.get('url', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_url = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_url = _v
    f_note = _default13
    if _left:
        _v = _d.get('note', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_note = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_note = _v
    if _left:
        raise _GiveUp
    _c[0] += _n
    _o = _new(_twin15)
    _o.id = f_id
    _o.publisher = f_publisher
    _o.title = f_title
    _o.date = f_date
    _o.author = f_author
    _o.url = f_url
    _o.note = f_note
    _o.__class__ = _cls14
    if not (_slug(f_id) is not None):
        raise _GiveUp
    return _o
def _build_Per(_d, _c):
    if _d.__class__ is not dict:
        raise _GiveUp
    _n = len(_d)
    _left = _n - 1
    _v = _d['amount']
    if _v.__class__ is not str or not _is_decimal(_v):
        raise _GiveUp
    f_amount = _Decimal(_v)
    f_unit = _default32
    if _left:
        _v = _d.get('unit', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_unit = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_unit = _v
    f_subject = _default33
    if _left:
        _v = _d.get('subject', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_subject = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_subject = _v
    f_en = _default34
    if _left:
        _v = _d.get('en', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_en = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_en = _v
    if _left:
        raise _GiveUp
    _c[0] += _n
    _o = _new(_twin36)
    _o.amount = f_amount
    _o.unit = f_unit
    _o.subject = f_subject
    _o.en = f_en
    _o.__class__ = _cls35
    _o.__attrs_post_init__()
    if f_unit is not None and f_unit not in _LIBRARY_UNITS:
        _c[1].add(f_unit)
    return _o
def _build_Span(_d, _c):
    if _d.__class__ is not dict:
        raise _GiveUp
    _n = len(_d)
    _left = _n - 2
    _v = _d['start']
    if _v.__class__ is not int or not _LOW < _v < _HIGH:
        raise _GiveUp
    f_start = _v
    _v = _d['end']
    if _v.__class__ is not int or not _LOW < _v < _HIGH:
        raise _GiveUp
    f_end = _v
    if _left:
        raise _GiveUp
    _c[0] += _n
    _o = _new(_twin41)
    _o.start = f_start
    _o.end = f_end
    _o.__class__ = _cls40
    _o.__attrs_post_init__()
    return _o
def _build_Quantity(_d, _c):
    if _d.__class__ is not dict:
        raise _GiveUp
    _n = len(_d)
    _left = _n - 2
    _v = _d['value']
    if _v.__class__ is not str or not _is_decimal(_v):
        raise _GiveUp
    f_value = _Decimal(_v)
    _v = _d['unit']
    if _v is None:
        f_unit = None
    else:
        if _v.__class__ is not str or len(_v) > _LONGEST:
            raise _GiveUp
        f_unit = _v
    f_phrase = _default23
    if _left:
        _v = _d.get('phrase', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_phrase = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_phrase = _v
    f_comparator = _default24
    if _left:
        _v = _d.get('comparator', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_comparator = None
            else:
                f_comparator = _values25.get(_v) if _v.__class__ is str else None
                if f_comparator is None:
                    raise _GiveUp
    f_approximation = _default26
    if _left:
        _v = _d.get('approximation', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            f_approximation = _values27.get(_v) if _v.__class__ is str else None
            if f_approximation is None:
                raise _GiveUp
    f_decimals = _default28
    if _left:
        _v = _d.get('decimals', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not int or not _LOW < _v < _HIGH:
                raise _GiveUp
            f_decimals = _v
    f_multiplier = _default29
    if _left:
        _v = _d.get('multiplier', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not int or not _LOW < _v < _HIGH:
                raise _GiveUp
            f_multiplier = _v
    f_derivation = _default30
    if _left:
        _v = _d.get('derivation', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_derivation = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_derivation = _v
    f_per = _default31
    if _left:
        _v = _d.get('per', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            f_per = tuple([_build_Per(_x, _c) for _x in _v])
    f_source = _default37
    if _left:
        _v = _d.get('source', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_source = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_source = _v
    f_upper = _default38
    if _left:
        _v = _d.get('upper', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_upper = None
            else:
                if _v.__class__ is not str or not _is_decimal(_v):
                    raise _GiveUp
                f_upper = _Decimal(_v)
    f_span = _default39
    if _left:
        _v = _d.get('span', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_span = None
            else:
                f_span = _build_Span(_v, _c)
    if _left:
        raise _GiveUp
    _c[0] += _n
    _o = _new(_twin43)
    _o.value = f_value
    _o.unit = f_unit
    _o.multiplier = f_multiplier
    _o.decimals = f_decimals
    _o.approximation = f_approximation
    _o.comparator = f_comparator
    _o.per = f_per
    _o.phrase = f_phrase
    _o.derivation = f_derivation
    _o.source = f_source
    _o.upper = f_upper
    _o.span = f_span
    _o.__class__ = _cls42
    if not (f_source is None or _slug(f_source) is not None):
        raise _GiveUp
    if f_upper is not _default46:
        _validator44(_o, _attribute45, f_upper)
    if not (f_multiplier == 0 and f_decimals == 0 and f_upper is None and _d['value'].isdigit()):
        _o._check_numbers()
    if f_unit not in _LIBRARY_UNITS:
        _c[1].add(f_unit)
    if f_source is not None:
        _c[2].add(f_source)
    return _o
def _build_Component(_d, _c):
    if _d.__class__ is not dict:
        raise _GiveUp
    _n = len(_d)
    _left = _n - 1
    _v = _d['label']
    f_label = _build_Text(_v, _c)
    f_target = _default57
    if _left:
        _v = _d.get('target', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_target = None
            else:
                f_target = _build_Quantity(_v, _c)
    f_actual = _default58
    if _left:
        _v = _d.get('actual', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_actual = None
            else:
                f_actual = _build_Quantity(_v, _c)
    if _left:
        raise _GiveUp
    _c[0] += _n
    _o = _new(_twin60)
    _o.label = f_label
    _o.target = f_target
    _o.actual = f_actual
    _o.__class__ = _cls59
    return _o
def _build_NamedItems(_d, _c):
    if _d.__class__ is not dict:
        raise _GiveUp
    _n = len(_d)
    _left = _n - 2
    _v = _d['names']
    if _v.__class__ is not list:
        raise _GiveUp
    _c[3] += len(_v)
    for _x in _v:
        if _x.__class__ is not str or len(_x) > _LONGEST:
            raise _GiveUp
    f_names = tuple(_v)
    _v = _d['exhaustive']
    if _v.__class__ is not bool:
        raise _GiveUp
    f_exhaustive = _v
    if _left:
        raise _GiveUp
    _c[0] += _n
    _o = _new(_twin64)
    _o.names = f_names
    _o.exhaustive = f_exhaustive
    _o.__class__ = _cls63
    return _o
def _build_Evidence(_d, _c):
    if _d.__class__ is not dict:
        raise _GiveUp
    _n = len(_d)
    _left = _n - 2
    _v = _d['statement']
    if _v is None:
        f_statement = None
    else:
        if _v.__class__ is not str or len(_v) > _LONGEST:
            raise _GiveUp
        f_statement = _v
    _v = _d['achieved']
    if _v is None:
        f_achieved = None
    else:
        if _v.__class__ is not bool:
            raise _GiveUp
        f_achieved = _v
    f_source = _default66
    if _left:
        _v = _d.get('source', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_source = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_source = _v
    if _left:
        raise _GiveUp
    _c[0] += _n
    _o = _new(_twin68)
    _o.statement = f_statement
    _o.achieved = f_achieved
    _o.source = f_source
    _o.__class__ = _cls67
    if not (f_source is None or _slug(f_source) is not None):
        raise _GiveUp
    return _o
def _build_Metric(_d, _c):
    if _d.__class__ is not dict:
        raise _GiveUp
    _n = len(_d)
    _left = _n - 3
    _v = _d['id']
    if _v.__class__ is not str or len(_v) > _LONGEST:
        raise _GiveUp
    f_id = _v
    _v = _d['kind']
    f_kind = _values19.get(_v) if _v.__class__ is str else None
    if f_kind is None:
        raise _GiveUp
    _v = _d['subject']
    f_subject = _build_Text(_v, _c)
    f_direction = _default20
    if _left:
        _v = _d.get('direction', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_direction = None
            else:
                f_direction = _values21.get(_v) if _v.__class__ is str else None
                if f_direction is None:
                    raise _GiveUp
    f_actual = _default22
    if _left:
        _v = _d.get('actual', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_actual = None
            else:
                f_actual = _build_Quantity(_v, _c)
    f_target = _default47
    if _left:
        _v = _d.get('target', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_target = None
            else:
                f_target = _build_Quantity(_v, _c)
    f_measure = _default48
    if _left:
        _v = _d.get('measure', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_measure = None
            else:
                f_measure = _values49.get(_v) if _v.__class__ is str else None
                if f_measure is None:
                    raise _GiveUp
    f_statement = _default50
    if _left:
        _v = _d.get('statement', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_statement = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_statement = _v
    f_notes = _default51
    if _left:
        _v = _d.get('notes', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            for _x in _v:
                if _x.__class__ is not str or len(_x) > _LONGEST:
                    raise _GiveUp
            f_notes = tuple(_v)
    f_baselines = _default52
    if _left:
        _v = _d.get('baselines', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            f_baselines = tuple([_build_Quantity(_x, _c) for _x in _v])
    f_estimate = _default53
    if _left:
        _v = _d.get('estimate', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_estimate = None
            else:
                f_estimate = _build_Quantity(_v, _c)
    f_progress = _default54
    if _left:
        _v = _d.get('progress', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_progress = None
            else:
                f_progress = _build_Quantity(_v, _c)
    f_alternatives = _default55
    if _left:
        _v = _d.get('alternatives', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            f_alternatives = tuple([_build_Quantity(_x, _c) for _x in _v])
    f_components = _default56
    if _left:
        _v = _d.get('components', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            f_components = tuple([_build_Component(_x, _c) for _x in _v])
    f_increment = _default61
    if _left:
        _v = _d.get('increment', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_increment = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_increment = _v
    f_items = _default62
    if _left:
        _v = _d.get('items', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_items = None
            else:
                f_items = _build_NamedItems(_v, _c)
    f_evidence = _default65
    if _left:
        _v = _d.get('evidence', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_evidence = None
            else:
                f_evidence = _build_Evidence(_v, _c)
    f_ambiguity = _default69
    if _left:
        _v = _d.get('ambiguity', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_ambiguity = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_ambiguity = _v
    f_equivalent_units = _default70
    if _left:
        _v = _d.get('equivalent_units', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            for _x in _v:
                if _x.__class__ is not str or len(_x) > _LONGEST:
                    raise _GiveUp
            f_equivalent_units = tuple(_v)
    f_review = _default71
    if _left:
        _v = _d.get('review', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            for _x in _v:
                if _x.__class__ is not str or len(_x) > _LONGEST:
                    raise _GiveUp
            f_review = tuple(_v)
    f_acknowledged = _default72
    if _left:
        _v = _d.get('acknowledged', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            for _x in _v:
                if _x.__class__ is not str or len(_x) > _LONGEST:
                    raise _GiveUp
            f_acknowledged = tuple(_v)
    if _left:
        raise _GiveUp
    _c[0] += _n
    _o = _new(_twin74)
    _o.id = f_id
    _o.kind = f_kind
    _o.subject = f_subject
    _o.direction = f_direction
    _o.measure = f_measure
    _o.statement = f_statement
    _o.target = f_target
    _o.baselines = f_baselines
    _o.actual = f_actual
    _o.estimate = f_estimate
    _o.progress = f_progress
    _o.alternatives = f_alternatives
    _o.components = f_components
    _o.increment = f_increment
    _o.items = f_items
    _o.evidence = f_evidence
    _o.ambiguity = f_ambiguity
    _o.equivalent_units = f_equivalent_units
    _o.notes = f_notes
    _o.review = f_review
    _o.acknowledged = f_acknowledged
    _o.__class__ = _cls73
    if not (_slug(f_id) is not None):
        raise _GiveUp
    if not (f_increment is None or _slug(f_increment) is not None):
        raise _GiveUp
    _o._check_figures()
    return _o
def _build_Reported(_d, _c):
    if _d.__class__ is not dict:
        raise _GiveUp
    _n = len(_d)
    _left = _n - 1
    _v = _d['status']
    f_status = _values76.get(_v) if _v.__class__ is str else None
    if f_status is None:
        raise _GiveUp
    f_phrase = _default77
    if _left:
        _v = _d.get('phrase', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_phrase = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_phrase = _v
    if _left:
        raise _GiveUp
    _c[0] += _n
    _o = _new(_twin79)
    _o.status = f_status
    _o.phrase = f_phrase
    _o.__class__ = _cls78
    return _o
def _build_Project(_d, _c):
    if _d.__class__ is not dict:
        raise _GiveUp
    _n = len(_d)
    _left = _n - 3
    _v = _d['number']
    if _v is None:
        f_number = None
    else:
        if _v.__class__ is not int or not _LOW < _v < _HIGH:
            raise _GiveUp
        f_number = _v
    _v = _d['title']
    if _v is None:
        f_title = None
    else:
        f_title = _build_Text(_v, _c)
    _v = _d['categories']
    if _v.__class__ is not list:
        raise _GiveUp
    _c[3] += len(_v)
    f_categories = tuple([_values16.get(_x) if _x.__class__ is str else None for _x in _v])
    if None in f_categories:
        raise _GiveUp
    f_description = _default17
    if _left:
        _v = _d.get('description', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_description = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_description = _v
    f_metrics = _default18
    if _left:
        _v = _d.get('metrics', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            f_metrics = tuple([_build_Metric(_x, _c) for _x in _v])
    f_reported = _default75
    if _left:
        _v = _d.get('reported', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            f_reported = _build_Reported(_v, _c)
    f_notes = _default80
    if _left:
        _v = _d.get('notes', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            for _x in _v:
                if _x.__class__ is not str or len(_x) > _LONGEST:
                    raise _GiveUp
            f_notes = tuple(_v)
    f_area = _default81
    if _left:
        _v = _d.get('area', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_area = None
            else:
                if _v.__class__ is not int or not _LOW < _v < _HIGH:
                    raise _GiveUp
                f_area = _v
    f_departments = _default82
    if _left:
        _v = _d.get('departments', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            for _x in _v:
                if _x.__class__ is not str or len(_x) > _LONGEST:
                    raise _GiveUp
            f_departments = tuple(_v)
    f_review = _default83
    if _left:
        _v = _d.get('review', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            for _x in _v:
                if _x.__class__ is not str or len(_x) > _LONGEST:
                    raise _GiveUp
            f_review = tuple(_v)
    if _left:
        raise _GiveUp
    _c[0] += _n
    _o = _new(_twin85)
    _o.number = f_number
    _o.title = f_title
    _o.categories = f_categories
    _o.area = f_area
    _o.departments = f_departments
    _o.description = f_description
    _o.metrics = f_metrics
    _o.reported = f_reported
    _o.notes = f_notes
    _o.review = f_review
    _o.__class__ = _cls84
    _o.__attrs_post_init__()
    return _o
def _build_Area(_d, _c):
    if _d.__class__ is not dict:
        raise _GiveUp
    _n = len(_d)
    _left = _n - 2
    _v = _d['number']
    if _v.__class__ is not int or not _LOW < _v < _HIGH:
        raise _GiveUp
    f_number = _v
    _v = _d['title']
    f_title = _build_Text(_v, _c)
    if _left:
        raise _GiveUp
    _c[0] += _n
    _o = _new(_twin89)
    _o.number = f_number
    _o.title = f_title
    _o.__class__ = _cls88
    _o.__attrs_post_init__()
    return _o
def _build_Unit(_d, _c):
    if _d.__class__ is not dict:
        raise _GiveUp
    _n = len(_d)
    _left = _n - 5
    _v = _d['symbol']
    if _v.__class__ is not str or len(_v) > _LONGEST:
        raise _GiveUp
    f_symbol = _v
    _v = _d['kind']
    f_kind = _values92.get(_v) if _v.__class__ is str else None
    if f_kind is None:
        raise _GiveUp
    _v = _d['en']
    if _v.__class__ is not str or len(_v) > _LONGEST:
        raise _GiveUp
    f_en = _v
    _v = _d['en_plural']
    if _v.__class__ is not str or len(_v) > _LONGEST:
        raise _GiveUp
    f_en_plural = _v
    _v = _d['zh_hant']
    if _v.__class__ is not str or len(_v) > _LONGEST:
        raise _GiveUp
    f_zh_hant = _v
    f_dimension = _default93
    if _left:
        _v = _d.get('dimension', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_dimension = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_dimension = _v
    f_factor = _default94
    if _left:
        _v = _d.get('factor', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not str or not _is_decimal(_v):
                raise _GiveUp
            f_factor = _Decimal(_v)
    f_either = _default95
    if _left:
        _v = _d.get('either', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            for _x in _v:
                if _x.__class__ is not str or len(_x) > _LONGEST:
                    raise _GiveUp
            f_either = tuple(_v)
    if _left:
        raise _GiveUp
    _c[0] += _n
    _o = _new(_twin97)
    _o.symbol = f_symbol
    _o.kind = f_kind
    _o.en = f_en
    _o.en_plural = f_en_plural
    _o.zh_hant = f_zh_hant
    _o.dimension = f_dimension
    _o.factor = f_factor
    _o.either = f_either
    _o.__class__ = _cls96
    _o.__attrs_post_init__()
    return _o
def _build_BallotEntry(_d, _c):
    if _d.__class__ is not dict:
        raise _GiveUp
    _n = len(_d)
    _left = _n - 2
    _v = _d['rank']
    if _v.__class__ is not int or not _LOW < _v < _HIGH:
        raise _GiveUp
    f_rank = _v
    _v = _d['project']
    if _v.__class__ is not int or not _LOW < _v < _HIGH:
        raise _GiveUp
    f_project = _v
    f_votes = _default108
    if _left:
        _v = _d.get('votes', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_votes = None
            else:
                if _v.__class__ is not int or not _LOW < _v < _HIGH:
                    raise _GiveUp
                f_votes = _v
    if _left:
        raise _GiveUp
    _c[0] += _n
    _o = _new(_twin110)
    _o.rank = f_rank
    _o.project = f_project
    _o.votes = f_votes
    _o.__class__ = _cls109
    _o.__attrs_post_init__()
    return _o
def _build_Ballot(_d, _c):
    if _d.__class__ is not dict:
        raise _GiveUp
    _n = len(_d)
    _left = _n - 2
    _v = _d['body']
    if _v.__class__ is not str or len(_v) > _LONGEST:
        raise _GiveUp
    f_body = _v
    _v = _d['method']
    f_method = _values99.get(_v) if _v.__class__ is str else None
    if f_method is None:
        raise _GiveUp
    f_congress = _default100
    if _left:
        _v = _d.get('congress', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_congress = None
            else:
                if _v.__class__ is not int or not _LOW < _v < _HIGH:
                    raise _GiveUp
                f_congress = _v
    f_session = _default101
    if _left:
        _v = _d.get('session', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_session = None
            else:
                if _v.__class__ is not int or not _LOW < _v < _HIGH:
                    raise _GiveUp
                f_session = _v
    f_announcement = _default102
    if _left:
        _v = _d.get('announcement', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_announcement = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_announcement = _v
    f_date = _default103
    if _left:
        _v = _d.get('date', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_date = None
            else:
                f_date = _structure_date(_v, _date)
    f_electorate = _default104
    if _left:
        _v = _d.get('electorate', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_electorate = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_electorate = _v
    f_delegations = _default105
    if _left:
        _v = _d.get('delegations', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_delegations = None
            else:
                if _v.__class__ is not int or not _LOW < _v < _HIGH:
                    raise _GiveUp
                f_delegations = _v
    f_counts_published = _default106
    if _left:
        _v = _d.get('counts_published', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not bool:
                raise _GiveUp
            f_counts_published = _v
    f_entries = _default107
    if _left:
        _v = _d.get('entries', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            f_entries = tuple([_build_BallotEntry(_x, _c) for _x in _v])
    f_source = _default111
    if _left:
        _v = _d.get('source', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_source = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_source = _v
    f_notes = _default112
    if _left:
        _v = _d.get('notes', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            for _x in _v:
                if _x.__class__ is not str or len(_x) > _LONGEST:
                    raise _GiveUp
            f_notes = tuple(_v)
    if _left:
        raise _GiveUp
    _c[0] += _n
    _o = _new(_twin114)
    _o.body = f_body
    _o.method = f_method
    _o.congress = f_congress
    _o.session = f_session
    _o.announcement = f_announcement
    _o.date = f_date
    _o.electorate = f_electorate
    _o.delegations = f_delegations
    _o.counts_published = f_counts_published
    _o.entries = f_entries
    _o.source = f_source
    _o.notes = f_notes
    _o.__class__ = _cls113
    if not (f_source is None or _slug(f_source) is not None):
        raise _GiveUp
    _o.__attrs_post_init__()
    return _o
def _build_Evaluation(_d, _c):
    if _d.__class__ is not dict:
        raise _GiveUp
    _n = len(_d)
    _left = _n - 1
    _v = _d['body']
    if _v.__class__ is not str or len(_v) > _LONGEST:
        raise _GiveUp
    f_body = _v
    f_date = _default116
    if _left:
        _v = _d.get('date', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_date = None
            else:
                f_date = _structure_date(_v, _date)
    f_held = _default117
    if _left:
        _v = _d.get('held', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not bool:
                raise _GiveUp
            f_held = _v
    f_score = _default118
    if _left:
        _v = _d.get('score', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_score = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_score = _v
    f_source = _default119
    if _left:
        _v = _d.get('source', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_source = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_source = _v
    f_notes = _default120
    if _left:
        _v = _d.get('notes', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            for _x in _v:
                if _x.__class__ is not str or len(_x) > _LONGEST:
                    raise _GiveUp
            f_notes = tuple(_v)
    if _left:
        raise _GiveUp
    _c[0] += _n
    _o = _new(_twin122)
    _o.body = f_body
    _o.date = f_date
    _o.held = f_held
    _o.score = f_score
    _o.source = f_source
    _o.notes = f_notes
    _o.__class__ = _cls121
    if not (f_source is None or _slug(f_source) is not None):
        raise _GiveUp
    return _o
def _build_Program(_d, _c):
    if _d.__class__ is not dict:
        raise _GiveUp
    _n = len(_d)
    _left = _n - 6
    _v = _d['jurisdiction']
    f_jurisdiction = _build_Jurisdiction(_v, _c)
    _v = _d['year']
    if _v.__class__ is not int or not _LOW < _v < _HIGH:
        raise _GiveUp
    f_year = _v
    _v = _d['stage']
    f_stage = _values10.get(_v) if _v.__class__ is str else None
    if f_stage is None:
        raise _GiveUp
    _v = _d['as_of']
    f_as_of = _structure_date(_v, _date)
    _v = _d['sources']
    if _v.__class__ is not list:
        raise _GiveUp
    _c[3] += len(_v)
    f_sources = tuple([_build_Source(_x, _c) for _x in _v])
    _v = _d['projects']
    if _v.__class__ is not list:
        raise _GiveUp
    _c[3] += len(_v)
    f_projects = tuple([_build_Project(_x, _c) for _x in _v])
    f_name = _default86
    if _left:
        _v = _d.get('name', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_name = None
            else:
                f_name = _build_Text(_v, _c)
    f_areas = _default87
    if _left:
        _v = _d.get('areas', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            f_areas = tuple([_build_Area(_x, _c) for _x in _v])
    f_figures = _default90
    if _left:
        _v = _d.get('figures', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            f_figures = tuple([_build_Metric(_x, _c) for _x in _v])
    f_units = _default91
    if _left:
        _v = _d.get('units', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            f_units = tuple([_build_Unit(_x, _c) for _x in _v])
    f_ballot = _default98
    if _left:
        _v = _d.get('ballot', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_ballot = None
            else:
                f_ballot = _build_Ballot(_v, _c)
    f_evaluation = _default115
    if _left:
        _v = _d.get('evaluation', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_evaluation = None
            else:
                f_evaluation = _build_Evaluation(_v, _c)
    f_revision = _default123
    if _left:
        _v = _d.get('revision', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not int or not _LOW < _v < _HIGH:
                raise _GiveUp
            f_revision = _v
    f_license = _default124
    if _left:
        _v = _d.get('license', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_license = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_license = _v
    f_citation = _default125
    if _left:
        _v = _d.get('citation', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v is None:
                f_citation = None
            else:
                if _v.__class__ is not str or len(_v) > _LONGEST:
                    raise _GiveUp
                f_citation = _v
    f_notes = _default126
    if _left:
        _v = _d.get('notes', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            for _x in _v:
                if _x.__class__ is not str or len(_x) > _LONGEST:
                    raise _GiveUp
            f_notes = tuple(_v)
    f_review = _default127
    if _left:
        _v = _d.get('review', _MISSING)
        if _v is not _MISSING:
            _left -= 1
            if _v.__class__ is not list:
                raise _GiveUp
            _c[3] += len(_v)
            for _x in _v:
                if _x.__class__ is not str or len(_x) > _LONGEST:
                    raise _GiveUp
            f_review = tuple(_v)
    if _left:
        raise _GiveUp
    _c[0] += _n
    _o = _new(_twin129)
    _o.jurisdiction = f_jurisdiction
    _o.year = f_year
    _o.stage = f_stage
    _o.as_of = f_as_of
    _o.sources = f_sources
    _o.projects = f_projects
    _o.name = f_name
    _o.areas = f_areas
    _o.figures = f_figures
    _o.units = f_units
    _o.ballot = f_ballot
    _o.evaluation = f_evaluation
    _o.revision = f_revision
    _o.license = f_license
    _o.citation = f_citation
    _o.notes = f_notes
    _o.review = f_review
    _o.__class__ = _cls128
    _o.__attrs_post_init__()
    return _o
def _sbuild_Text(_s, _c):
    _n = 1
    f_zh = _s.zh
    f_en = _s.en
    if f_en is _MISSING:
        f_en = _default130
    else:
        _n += 1
    f_en_official = _s.en_official
    if f_en_official is _MISSING:
        f_en_official = _default131
    else:
        _n += 1
    _c[0] += _n
    _o = _new(_twin133)
    _o.zh = f_zh
    _o.en = f_en
    _o.en_official = f_en_official
    _o.__class__ = _cls132
    if not (not f_zh.isspace() and f_zh):
        raise _GiveUp
    return _o
def _sbuild_Jurisdiction(_s, _c):
    _n = 3
    f_slug = _s.slug
    f_name = _s.name
    f_name = _sbuild_Text(f_name, _c)
    f_division_code = _s.division_code
    f_province = _s.province
    if f_province is _MISSING:
        f_province = _default134
    else:
        _n += 1
        if f_province is not None:
            f_province = _sbuild_Text(f_province, _c)
    _c[0] += _n
    _o = _new(_twin136)
    _o.slug = f_slug
    _o.name = f_name
    _o.division_code = f_division_code
    _o.province = f_province
    _o.__class__ = _cls135
    if not (_slug(f_slug) is not None):
        raise _GiveUp
    _validator137(_o, _attribute138, f_division_code)
    _o.__attrs_post_init__()
    return _o
def _sbuild_Source(_s, _c):
    _n = 4
    f_id = _s.id
    f_publisher = _s.publisher
    f_title = _s.title
    f_date = _s.date
    f_date = _structure_date(f_date, _date)
    f_author = _s.author
    if f_author is _MISSING:
        f_author = _default139
    else:
        _n += 1
    f_url = _s.url
    if f_url is _MISSING:
        f_url = _default140
    else:
        _n += 1
    f_note = _s.note
    if f_note is _MISSING:
        f_note = _default141
    else:
        _n += 1
    _c[0] += _n
    _o = _new(_twin143)
    _o.id = f_id
    _o.publisher = f_publisher
    _o.title = f_title
    _o.date = f_date
    _o.author = f_author
    _o.url = f_url
    _o.note = f_note
    _o.__class__ = _cls142
    if not (_slug(f_id) is not None):
        raise _GiveUp
    return _o
def _sbuild_Per(_s, _c):
    _n = 1
    f_amount = _s.amount
    if not _is_decimal(f_amount):
        raise _GiveUp
    f_amount = _Decimal(f_amount)
    f_unit = _s.unit
    if f_unit is _MISSING:
        f_unit = _default157
    else:
        _n += 1
    f_subject = _s.subject
    if f_subject is _MISSING:
        f_subject = _default158
    else:
        _n += 1
    f_en = _s.en
    if f_en is _MISSING:
        f_en = _default159
    else:
        _n += 1
    _c[0] += _n
    _o = _new(_twin161)
    _o.amount = f_amount
    _o.unit = f_unit
    _o.subject = f_subject
    _o.en = f_en
    _o.__class__ = _cls160
    _o.__attrs_post_init__()
    if f_unit is not None and f_unit not in _LIBRARY_UNITS:
        _c[1].add(f_unit)
    return _o
def _sbuild_Span(_s, _c):
    _n = 2
    f_start = _s.start
    f_end = _s.end
    _c[0] += _n
    _o = _new(_twin168)
    _o.start = f_start
    _o.end = f_end
    _o.__class__ = _cls167
    _o.__attrs_post_init__()
    return _o
def _sbuild_Quantity(_s, _c):
    _n = 2
    f_value = _s.value
    if not _is_decimal(f_value):
        raise _GiveUp
    f_value = _Decimal(f_value)
    f_unit = _s.unit
    f_multiplier = _s.multiplier
    if f_multiplier is _MISSING:
        f_multiplier = _default152
    else:
        _n += 1
    f_decimals = _s.decimals
    if f_decimals is _MISSING:
        f_decimals = _default153
    else:
        _n += 1
    f_approximation = _s.approximation
    if f_approximation is _MISSING:
        f_approximation = _default154
    else:
        _n += 1
    f_comparator = _s.comparator
    if f_comparator is _MISSING:
        f_comparator = _default155
    else:
        _n += 1
    f_per = _s.per
    if f_per is _MISSING:
        f_per = _default156
    else:
        _n += 1
        _c[3] += len(f_per)
        f_per = tuple([_sbuild_Per(_x, _c) for _x in f_per])
    f_phrase = _s.phrase
    if f_phrase is _MISSING:
        f_phrase = _default162
    else:
        _n += 1
    f_derivation = _s.derivation
    if f_derivation is _MISSING:
        f_derivation = _default163
    else:
        _n += 1
    f_source = _s.source
    if f_source is _MISSING:
        f_source = _default164
    else:
        _n += 1
    f_upper = _s.upper
    if f_upper is _MISSING:
        f_upper = _default165
    else:
        _n += 1
        if f_upper is not None:
            if not _is_decimal(f_upper):
                raise _GiveUp
            f_upper = _Decimal(f_upper)
    f_span = _s.span
    if f_span is _MISSING:
        f_span = _default166
    else:
        _n += 1
        if f_span is not None:
            f_span = _sbuild_Span(f_span, _c)
    _c[0] += _n
    _o = _new(_twin170)
    _o.value = f_value
    _o.unit = f_unit
    _o.multiplier = f_multiplier
    _o.decimals = f_decimals
    _o.approximation = f_approximation
    _o.comparator = f_comparator
    _o.per = f_per
    _o.phrase = f_phrase
    _o.derivation = f_derivation
    _o.source = f_source
    _o.upper = f_upper
    _o.span = f_span
    _o.__class__ = _cls169
    if not (f_source is None or _slug(f_source) is not None):
        raise _GiveUp
    if f_upper is not _default173:
        _validator171(_o, _attribute172, f_upper)
    if not (f_multiplier == 0 and f_decimals == 0 and f_upper is None and _s.value.isdigit()):
        _o._check_numbers()
    if f_unit not in _LIBRARY_UNITS:
        _c[1].add(f_unit)
    if f_source is not None:
        _c[2].add(f_source)
    return _o
def _sbuild_Component(_s, _c):
    _n = 1
    f_label = _s.label
    f_label = _sbuild_Text(f_label, _c)
    f_target = _s.target
    if f_target is _MISSING:
        f_target = _default180
    else:
        _n += 1
        if f_target is not None:
            f_target = _sbuild_Quantity(f_target, _c)
    f_actual = _s.actual
    if f_actual is _MISSING:
        f_actual = _default181
    else:
        _n += 1
        if f_actual is not None:
            f_actual = _sbuild_Quantity(f_actual, _c)
    _c[0] += _n
    _o = _new(_twin183)
    _o.label = f_label
    _o.target = f_target
    _o.actual = f_actual
    _o.__class__ = _cls182
    return _o
def _sbuild_NamedItems(_s, _c):
    _n = 2
    f_names = _s.names
    _c[3] += len(f_names)
    f_names = tuple(f_names)
    f_exhaustive = _s.exhaustive
    _c[0] += _n
    _o = _new(_twin187)
    _o.names = f_names
    _o.exhaustive = f_exhaustive
    _o.__class__ = _cls186
    return _o
def _sbuild_Evidence(_s, _c):
    _n = 2
    f_statement = _s.statement
    f_achieved = _s.achieved
    f_source = _s.source
    if f_source is _MISSING:
        f_source = _default189
    else:
        _n += 1
    _c[0] += _n
    _o = _new(_twin191)
    _o.statement = f_statement
    _o.achieved = f_achieved
    _o.source = f_source
    _o.__class__ = _cls190
    if not (f_source is None or _slug(f_source) is not None):
        raise _GiveUp
    return _o
def _sbuild_Metric(_s, _c):
    _n = 3
    f_id = _s.id
    f_kind = _s.kind
    f_subject = _s.subject
    f_subject = _sbuild_Text(f_subject, _c)
    f_direction = _s.direction
    if f_direction is _MISSING:
        f_direction = _default148
    else:
        _n += 1
    f_measure = _s.measure
    if f_measure is _MISSING:
        f_measure = _default149
    else:
        _n += 1
    f_statement = _s.statement
    if f_statement is _MISSING:
        f_statement = _default150
    else:
        _n += 1
    f_target = _s.target
    if f_target is _MISSING:
        f_target = _default151
    else:
        _n += 1
        if f_target is not None:
            f_target = _sbuild_Quantity(f_target, _c)
    f_baselines = _s.baselines
    if f_baselines is _MISSING:
        f_baselines = _default174
    else:
        _n += 1
        _c[3] += len(f_baselines)
        f_baselines = tuple([_sbuild_Quantity(_x, _c) for _x in f_baselines])
    f_actual = _s.actual
    if f_actual is _MISSING:
        f_actual = _default175
    else:
        _n += 1
        if f_actual is not None:
            f_actual = _sbuild_Quantity(f_actual, _c)
    f_estimate = _s.estimate
    if f_estimate is _MISSING:
        f_estimate = _default176
    else:
        _n += 1
        if f_estimate is not None:
            f_estimate = _sbuild_Quantity(f_estimate, _c)
    f_progress = _s.progress
    if f_progress is _MISSING:
        f_progress = _default177
    else:
        _n += 1
        if f_progress is not None:
            f_progress = _sbuild_Quantity(f_progress, _c)
    f_alternatives = _s.alternatives
    if f_alternatives is _MISSING:
        f_alternatives = _default178
    else:
        _n += 1
        _c[3] += len(f_alternatives)
        f_alternatives = tuple([_sbuild_Quantity(_x, _c) for _x in f_alternatives])
    f_components = _s.components
    if f_components is _MISSING:
        f_components = _default179
    else:
        _n += 1
        _c[3] += len(f_components)
        f_components = tuple([_sbuild_Component(_x, _c) for _x in f_components])
    f_increment = _s.increment
    if f_increment is _MISSING:
        f_increment = _default184
    else:
        _n += 1
    f_items = _s.items
    if f_items is _MISSING:
        f_items = _default185
    else:
        _n += 1
        if f_items is not None:
            f_items = _sbuild_NamedItems(f_items, _c)
    f_evidence = _s.evidence
    if f_evidence is _MISSING:
        f_evidence = _default188
    else:
        _n += 1
        if f_evidence is not None:
            f_evidence = _sbuild_Evidence(f_evidence, _c)
    f_ambiguity = _s.ambiguity
    if f_ambiguity is _MISSING:
        f_ambiguity = _default192
    else:
        _n += 1
    f_equivalent_units = _s.equivalent_units
    if f_equivalent_units is _MISSING:
        f_equivalent_units = _default193
    else:
        _n += 1
        _c[3] += len(f_equivalent_units)
        f_equivalent_units = tuple(f_equivalent_units)
    f_notes = _s.notes
    if f_notes is _MISSING:
        f_notes = _default194
    else:
        _n += 1
        _c[3] += len(f_notes)
        f_notes = tuple(f_notes)
    f_review = _s.review
    if f_review is _MISSING:
        f_review = _default195
    else:
        _n += 1
        _c[3] += len(f_review)
        f_review = tuple(f_review)
    f_acknowledged = _s.acknowledged
    if f_acknowledged is _MISSING:
        f_acknowledged = _default196
    else:
        _n += 1
        _c[3] += len(f_acknowledged)
        f_acknowledged = tuple(f_acknowledged)
    _c[0] += _n
    _o = _new(_twin198)
    _o.id = f_id
    _o.kind = f_kind
    _o.subject = f_subject
    _o.direction = f_direction
    _o.measure = f_measure
    _o.statement = f_statement
    _o.target = f_target
    _o.baselines = f_baselines
    _o.actual = f_actual
    _o.estimate = f_estimate
    _o.progress = f_progress
    _o.alternatives = f_alternatives
    _o.components = f_components
    _o.increment = f_increment
    _o.items = f_items
    _o.evidence = f_evidence
    _o.ambiguity = f_ambiguity
    _o.equivalent_units = f_equivalent_units
    _o.notes = f_notes
    _o.review = f_review
    _o.acknowledged = f_acknowledged
    _o.__class__ = _cls197
    if not (_slug(f_id) is not None):
        raise _GiveUp
    if not (f_increment is None or _slug(f_increment) is not None):
        raise _GiveUp
    _o._check_figures()
    return _o
def _sbuild_Reported(_s, _c):
    _n = 1
    f_status = _s.status
    f_phrase = _s.phrase
    if f_phrase is _MISSING:
        f_phrase = _default200
    else:
        _n += 1
    _c[0] += _n
    _o = _new(_twin202)
    _o.status = f_status
    _o.phrase = f_phrase
    _o.__class__ = _cls201
    return _o
def _sbuild_Project(_s, _c):
    _n = 3
    f_number = _s.number
    f_title = _s.title
    if f_title is not None:
        f_title = _sbuild_Text(f_title, _c)
    f_categories = _s.categories
    _c[3] += len(f_categories)
    f_categories = tuple(f_categories)
    f_area = _s.area
    if f_area is _MISSING:
        f_area = _default144
    else:
        _n += 1
    f_departments = _s.departments
    if f_departments is _MISSING:
        f_departments = _default145
    else:
        _n += 1
        _c[3] += len(f_departments)
        f_departments = tuple(f_departments)
    f_description = _s.description
    if f_description is _MISSING:
        f_description = _default146
    else:
        _n += 1
    f_metrics = _s.metrics
    if f_metrics is _MISSING:
        f_metrics = _default147
    else:
        _n += 1
        _c[3] += len(f_metrics)
        f_metrics = tuple([_sbuild_Metric(_x, _c) for _x in f_metrics])
    f_reported = _s.reported
    if f_reported is _MISSING:
        f_reported = _default199
    else:
        _n += 1
        f_reported = _sbuild_Reported(f_reported, _c)
    f_notes = _s.notes
    if f_notes is _MISSING:
        f_notes = _default203
    else:
        _n += 1
        _c[3] += len(f_notes)
        f_notes = tuple(f_notes)
    f_review = _s.review
    if f_review is _MISSING:
        f_review = _default204
    else:
        _n += 1
        _c[3] += len(f_review)
        f_review = tuple(f_review)
    _c[0] += _n
    _o = _new(_twin206)
    _o.number = f_number
    _o.title = f_title
    _o.categories = f_categories
    _o.area = f_area
    _o.departments = f_departments
    _o.description = f_description
    _o.metrics = f_metrics
    _o.reported = f_reported
    _o.notes = f_notes
    _o.review = f_review
    _o.__class__ = _cls205
    _o.__attrs_post_init__()
    return _o
def _sbuild_Area(_s, _c):
    _n = 2
    f_number = _s.number
    f_title = _s.title
    f_title = _sbuild_Text(f_title, _c)
    _c[0] += _n
    _o = _new(_twin210)
    _o.number = f_number
    _o.title = f_title
    _o.__class__ = _cls209
    _o.__attrs_post_init__()
    return _o
def _sbuild_Unit(_s, _c):
    _n = 5
    f_symbol = _s.symbol
    f_kind = _s.kind
    f_en = _s.en
    f_en_plural = _s.en_plural
    f_zh_hant = _s.zh_hant
    f_dimension = _s.dimension
    if f_dimension is _MISSING:
        f_dimension = _default213
    else:
        _n += 1
    f_factor = _s.factor
    if f_factor is _MISSING:
        f_factor = _default214
    else:
        _n += 1
        if not _is_decimal(f_factor):
            raise _GiveUp
        f_factor = _Decimal(f_factor)
    f_either = _s.either
    if f_either is _MISSING:
        f_either = _default215
    else:
        _n += 1
        _c[3] += len(f_either)
        f_either = tuple(f_either)
    _c[0] += _n
    _o = _new(_twin217)
    _o.symbol = f_symbol
    _o.kind = f_kind
    _o.en = f_en
    _o.en_plural = f_en_plural
    _o.zh_hant = f_zh_hant
    _o.dimension = f_dimension
    _o.factor = f_factor
    _o.either = f_either
    _o.__class__ = _cls216
    _o.__attrs_post_init__()
    return _o
def _sbuild_BallotEntry(_s, _c):
    _n = 2
    f_rank = _s.rank
    f_project = _s.project
    f_votes = _s.votes
    if f_votes is _MISSING:
        f_votes = _default227
    else:
        _n += 1
    _c[0] += _n
    _o = _new(_twin229)
    _o.rank = f_rank
    _o.project = f_project
    _o.votes = f_votes
    _o.__class__ = _cls228
    _o.__attrs_post_init__()
    return _o
def _sbuild_Ballot(_s, _c):
    _n = 2
    f_body = _s.body
    f_method = _s.method
    f_congress = _s.congress
    if f_congress is _MISSING:
        f_congress = _default219
    else:
        _n += 1
    f_session = _s.session
    if f_session is _MISSING:
        f_session = _default220
    else:
        _n += 1
    f_announcement = _s.announcement
    if f_announcement is _MISSING:
        f_announcement = _default221
    else:
        _n += 1
    f_date = _s.date
    if f_date is _MISSING:
        f_date = _default222
    else:
        _n += 1
        if f_date is not None:
            f_date = _structure_date(f_date, _date)
    f_electorate = _s.electorate
    if f_electorate is _MISSING:
        f_electorate = _default223
    else:
        _n += 1
    f_delegations = _s.delegations
    if f_delegations is _MISSING:
        f_delegations = _default224
    else:
        _n += 1
    f_counts_published = _s.counts_published
    if f_counts_published is _MISSING:
        f_counts_published = _default225
    else:
        _n += 1
    f_entries = _s.entries
    if f_entries is _MISSING:
        f_entries = _default226
    else:
        _n += 1
        _c[3] += len(f_entries)
        f_entries = tuple([_sbuild_BallotEntry(_x, _c) for _x in f_entries])
    f_source = _s.source
    if f_source is _MISSING:
        f_source = _default230
    else:
        _n += 1
    f_notes = _s.notes
    if f_notes is _MISSING:
        f_notes = _default231
    else:
        _n += 1
        _c[3] += len(f_notes)
        f_notes = tuple(f_notes)
    _c[0] += _n
    _o = _new(_twin233)
    _o.body = f_body
    _o.method = f_method
    _o.congress = f_congress
    _o.session = f_session
    _o.announcement = f_announcement
    _o.date = f_date
    _o.electorate = f_electorate
    _o.delegations = f_delegations
    _o.counts_published = f_counts_published
    _o.entries = f_entries
    _o.source = f_source
    _o.notes = f_notes
    _o.__class__ = _cls232
    if not (f_source is None or _slug(f_source) is not None):
        raise _GiveUp
    _o.__attrs_post_init__()
    return _o
def _sbuild_Evaluation(_s, _c):
    _n = 1
    f_body = _s.body
    f_date = _s.date
    if f_date is _MISSING:
        f_date = _default235
    else:
        _n += 1
        if f_date is not None:
            f_date = _structure_date(f_date, _date)
    f_held = _s.held
    if f_held is _MISSING:
        f_held = _default236
    else:
        _n += 1
    f_score = _s.score
    if f_score is _MISSING:
        f_score = _default237
    else:
        _n += 1
    f_source = _s.source
    if f_source is _MISSING:
        f_source = _default238
    else:
        _n += 1
    f_notes = _s.notes
    if f_notes is _MISSING:
        f_notes = _default239
    else:
        _n += 1
        _c[3] += len(f_notes)
        f_notes = tuple(f_notes)
    _c[0] += _n
    _o = _new(_twin241)
    _o.body = f_body
    _o.date = f_date
    _o.held = f_held
    _o.score = f_score
    _o.source = f_source
    _o.notes = f_notes
    _o.__class__ = _cls240
    if not (f_source is None or _slug(f_source) is not None):
        raise _GiveUp
    return _o
def _sbuild_Program(_s, _c):
    _n = 6
    f_jurisdiction = _s.jurisdiction
    f_jurisdiction = _sbuild_Jurisdiction(f_jurisdiction, _c)
    f_year = _s.year
    f_stage = _s.stage
    f_as_of = _s.as_of
    f_as_of = _structure_date(f_as_of, _date)
    f_sources = _s.sources
    _c[3] += len(f_sources)
    f_sources = tuple([_sbuild_Source(_x, _c) for _x in f_sources])
    f_projects = _s.projects
    _c[3] += len(f_projects)
    f_projects = tuple([_sbuild_Project(_x, _c) for _x in f_projects])
    f_name = _s.name
    if f_name is _MISSING:
        f_name = _default207
    else:
        _n += 1
        if f_name is not None:
            f_name = _sbuild_Text(f_name, _c)
    f_areas = _s.areas
    if f_areas is _MISSING:
        f_areas = _default208
    else:
        _n += 1
        _c[3] += len(f_areas)
        f_areas = tuple([_sbuild_Area(_x, _c) for _x in f_areas])
    f_figures = _s.figures
    if f_figures is _MISSING:
        f_figures = _default211
    else:
        _n += 1
        _c[3] += len(f_figures)
        f_figures = tuple([_sbuild_Metric(_x, _c) for _x in f_figures])
    f_units = _s.units
    if f_units is _MISSING:
        f_units = _default212
    else:
        _n += 1
        _c[3] += len(f_units)
        f_units = tuple([_sbuild_Unit(_x, _c) for _x in f_units])
    f_ballot = _s.ballot
    if f_ballot is _MISSING:
        f_ballot = _default218
    else:
        _n += 1
        if f_ballot is not None:
            f_ballot = _sbuild_Ballot(f_ballot, _c)
    f_evaluation = _s.evaluation
    if f_evaluation is _MISSING:
        f_evaluation = _default234
    else:
        _n += 1
        if f_evaluation is not None:
            f_evaluation = _sbuild_Evaluation(f_evaluation, _c)
    f_revision = _s.revision
    if f_revision is _MISSING:
        f_revision = _default242
    else:
        _n += 1
    f_license = _s.license
    if f_license is _MISSING:
        f_license = _default243
    else:
        _n += 1
    f_citation = _s.citation
    if f_citation is _MISSING:
        f_citation = _default244
    else:
        _n += 1
    f_notes = _s.notes
    if f_notes is _MISSING:
        f_notes = _default245
    else:
        _n += 1
        _c[3] += len(f_notes)
        f_notes = tuple(f_notes)
    f_review = _s.review
    if f_review is _MISSING:
        f_review = _default246
    else:
        _n += 1
        _c[3] += len(f_review)
        f_review = tuple(f_review)
    _c[0] += _n
    _o = _new(_twin248)
    _o.jurisdiction = f_jurisdiction
    _o.year = f_year
    _o.stage = f_stage
    _o.as_of = f_as_of
    _o.sources = f_sources
    _o.projects = f_projects
    _o.name = f_name
    _o.areas = f_areas
    _o.figures = f_figures
    _o.units = f_units
    _o.ballot = f_ballot
    _o.evaluation = f_evaluation
    _o.revision = f_revision
    _o.license = f_license
    _o.citation = f_citation
    _o.notes = f_notes
    _o.review = f_review
    _o.__class__ = _cls247
    _o.__attrs_post_init__()
    return _o
