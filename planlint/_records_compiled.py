"""The methods dataclasses writes for planlint's records, compiled ahead (see planlint/records.py).

Written by ``python -m planlint.ahead`` (Python 3.11); do not edit.
"""

PYTHON = (3, 11)
FUNCTIONS = []

def __create_fn__(_type_before, _type_after, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_before, _dflt_after, _return_type):
 def __init__(self,*,before:_type_before=_HAS_DEFAULT_FACTORY,after:_type_after=_HAS_DEFAULT_FACTORY)->_return_type:
  self.before=_dflt_before() if before is _HAS_DEFAULT_FACTORY else before
  self.after=_dflt_after() if after is _HAS_DEFAULT_FACTORY else after
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_before, _type_after, _type_multipliers, _type_exclude, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_before, _dflt_after, _dflt_multipliers, _dflt_exclude, _return_type):
 def __init__(self,*,before:_type_before=_HAS_DEFAULT_FACTORY,after:_type_after=_HAS_DEFAULT_FACTORY,multipliers:_type_multipliers=_HAS_DEFAULT_FACTORY,exclude:_type_exclude=_HAS_DEFAULT_FACTORY)->_return_type:
  self.before=_dflt_before() if before is _HAS_DEFAULT_FACTORY else before
  self.after=_dflt_after() if after is _HAS_DEFAULT_FACTORY else after
  self.multipliers=_dflt_multipliers() if multipliers is _HAS_DEFAULT_FACTORY else multipliers
  self.exclude=_dflt_exclude() if exclude is _HAS_DEFAULT_FACTORY else exclude
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_before, _type_eol, _type_trailing, _type_entries, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_before, _dflt_eol, _dflt_trailing, _dflt_entries, _return_type):
 def __init__(self,before:_type_before=_HAS_DEFAULT_FACTORY,eol:_type_eol=_HAS_DEFAULT_FACTORY,trailing:_type_trailing=_HAS_DEFAULT_FACTORY,entries:_type_entries=_HAS_DEFAULT_FACTORY)->_return_type:
  self.before=_dflt_before() if before is _HAS_DEFAULT_FACTORY else before
  self.eol=_dflt_eol() if eol is _HAS_DEFAULT_FACTORY else eol
  self.trailing=_dflt_trailing() if trailing is _HAS_DEFAULT_FACTORY else trailing
  self.entries=_dflt_entries() if entries is _HAS_DEFAULT_FACTORY else entries
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_blocks, _type_fields, _type_choices, _type_units, _type_prefixes, _type_scales, _type_comparators, _type_words, _type_placeholders, _type_leading, _type_calendars, _type_phrases, _type_hedges, _type_strategies, _type_dimensions, _type_conflicts, _type_leads, _type_customers, _type_funnel, _type_entities, _type_kinds, _type_metrics, _type_people, _type_softeners, _type_approximators, _type_aims, _type_strategy_names, _type_families, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_blocks, _dflt_fields, _dflt_choices, _dflt_units, _dflt_prefixes, _dflt_scales, _dflt_comparators, _dflt_words, _dflt_placeholders, _dflt_leading, _dflt_calendars, _dflt_phrases, _dflt_hedges, _dflt_strategies, _dflt_dimensions, _dflt_conflicts, _dflt_leads, _dflt_customers, _dflt_funnel, _dflt_entities, _dflt_kinds, _dflt_metrics, _dflt_people, _dflt_softeners, _dflt_approximators, _dflt_aims, _dflt_strategy_names, _dflt_families, _return_type):
 def __init__(self,*,blocks:_type_blocks=_HAS_DEFAULT_FACTORY,fields:_type_fields=_HAS_DEFAULT_FACTORY,choices:_type_choices=_HAS_DEFAULT_FACTORY,units:_type_units=_HAS_DEFAULT_FACTORY,prefixes:_type_prefixes=_HAS_DEFAULT_FACTORY,scales:_type_scales=_HAS_DEFAULT_FACTORY,comparators:_type_comparators=_HAS_DEFAULT_FACTORY,words:_type_words=_HAS_DEFAULT_FACTORY,placeholders:_type_placeholders=_HAS_DEFAULT_FACTORY,leading:_type_leading=_HAS_DEFAULT_FACTORY,calendars:_type_calendars=_HAS_DEFAULT_FACTORY,phrases:_type_phrases=_HAS_DEFAULT_FACTORY,hedges:_type_hedges=_HAS_DEFAULT_FACTORY,strategies:_type_strategies=_HAS_DEFAULT_FACTORY,dimensions:_type_dimensions=_HAS_DEFAULT_FACTORY,conflicts:_type_conflicts=_HAS_DEFAULT_FACTORY,leads:_type_leads=_HAS_DEFAULT_FACTORY,customers:_type_customers=_HAS_DEFAULT_FACTORY,funnel:_type_funnel=_HAS_DEFAULT_FACTORY,entities:_type_entities=_HAS_DEFAULT_FACTORY,kinds:_type_kinds=_HAS_DEFAULT_FACTORY,metrics:_type_metrics=_HAS_DEFAULT_FACTORY,people:_type_people=_HAS_DEFAULT_FACTORY,softeners:_type_softeners=_HAS_DEFAULT_FACTORY,approximators:_type_approximators=_HAS_DEFAULT_FACTORY,aims:_type_aims=_HAS_DEFAULT_FACTORY,strategy_names:_type_strategy_names=_HAS_DEFAULT_FACTORY,families:_type_families=_HAS_DEFAULT_FACTORY)->_return_type:
  self.blocks=_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks
  self.fields=_dflt_fields() if fields is _HAS_DEFAULT_FACTORY else fields
  self.choices=_dflt_choices() if choices is _HAS_DEFAULT_FACTORY else choices
  self.units=_dflt_units() if units is _HAS_DEFAULT_FACTORY else units
  self.prefixes=_dflt_prefixes() if prefixes is _HAS_DEFAULT_FACTORY else prefixes
  self.scales=_dflt_scales() if scales is _HAS_DEFAULT_FACTORY else scales
  self.comparators=_dflt_comparators() if comparators is _HAS_DEFAULT_FACTORY else comparators
  self.words=_dflt_words() if words is _HAS_DEFAULT_FACTORY else words
  self.placeholders=_dflt_placeholders() if placeholders is _HAS_DEFAULT_FACTORY else placeholders
  self.leading=_dflt_leading() if leading is _HAS_DEFAULT_FACTORY else leading
  self.calendars=_dflt_calendars() if calendars is _HAS_DEFAULT_FACTORY else calendars
  self.phrases=_dflt_phrases() if phrases is _HAS_DEFAULT_FACTORY else phrases
  self.hedges=_dflt_hedges() if hedges is _HAS_DEFAULT_FACTORY else hedges
  self.strategies=_dflt_strategies() if strategies is _HAS_DEFAULT_FACTORY else strategies
  self.dimensions=_dflt_dimensions() if dimensions is _HAS_DEFAULT_FACTORY else dimensions
  self.conflicts=_dflt_conflicts() if conflicts is _HAS_DEFAULT_FACTORY else conflicts
  self.leads=_dflt_leads() if leads is _HAS_DEFAULT_FACTORY else leads
  self.customers=_dflt_customers() if customers is _HAS_DEFAULT_FACTORY else customers
  self.funnel=_dflt_funnel() if funnel is _HAS_DEFAULT_FACTORY else funnel
  self.entities=_dflt_entities() if entities is _HAS_DEFAULT_FACTORY else entities
  self.kinds=_dflt_kinds() if kinds is _HAS_DEFAULT_FACTORY else kinds
  self.metrics=_dflt_metrics() if metrics is _HAS_DEFAULT_FACTORY else metrics
  self.people=_dflt_people() if people is _HAS_DEFAULT_FACTORY else people
  self.softeners=_dflt_softeners() if softeners is _HAS_DEFAULT_FACTORY else softeners
  self.approximators=_dflt_approximators() if approximators is _HAS_DEFAULT_FACTORY else approximators
  self.aims=_dflt_aims() if aims is _HAS_DEFAULT_FACTORY else aims
  self.strategy_names=_dflt_strategy_names() if strategy_names is _HAS_DEFAULT_FACTORY else strategy_names
  self.families=_dflt_families() if families is _HAS_DEFAULT_FACTORY else families
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_child, _type_kind, _type_value, _type_fraction, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,child:_type_child,kind:_type_kind,value:_type_value,fraction:_type_fraction)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'child',child)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'fraction',fraction)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_code, _type_block, _type_reason, _type_file, _type_until, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_file, _dflt_until, _dflt_source, _return_type):
 def __init__(self,code:_type_code,block:_type_block,reason:_type_reason,file:_type_file=_dflt_file,until:_type_until=_dflt_until,source:_type_source=_dflt_source)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'block',block)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'until',until)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_codes, _type_line, _type_column, _type_applies_from, _type_applies_to, _type_own_line, _type_end_column, _type_start_column, _type_codes_column, _type_codes_end_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_end_column, _dflt_start_column, _dflt_codes_column, _dflt_codes_end_column, _return_type):
 def __init__(self,*,codes:_type_codes,line:_type_line,column:_type_column,applies_from:_type_applies_from,applies_to:_type_applies_to,own_line:_type_own_line,end_column:_type_end_column=_dflt_end_column,start_column:_type_start_column=_dflt_start_column,codes_column:_type_codes_column=_dflt_codes_column,codes_end_column:_type_codes_end_column=_dflt_codes_end_column)->_return_type:
  self.codes=codes
  self.line=line
  self.column=column
  self.applies_from=applies_from
  self.applies_to=applies_to
  self.own_line=own_line
  self.end_column=end_column
  self.start_column=start_column
  self.codes_column=codes_column
  self.codes_end_column=codes_end_column
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_codes, _type_line, _type_column, _type_own_line, _type_end_column, _type_start_column, _type_codes_column, _type_codes_end_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_end_column, _dflt_start_column, _dflt_codes_column, _dflt_codes_end_column, _return_type):
 def __init__(self,codes:_type_codes,line:_type_line,column:_type_column,own_line:_type_own_line,end_column:_type_end_column=_dflt_end_column,start_column:_type_start_column=_dflt_start_column,codes_column:_type_codes_column=_dflt_codes_column,codes_end_column:_type_codes_end_column=_dflt_codes_end_column)->_return_type:
  self.codes=codes
  self.line=line
  self.column=column
  self.own_line=own_line
  self.end_column=end_column
  self.start_column=start_column
  self.codes_column=codes_column
  self.codes_end_column=codes_end_column
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_config, _type_lang, _type_plugin_errors, _type_extra_rules, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_config, _dflt_lang, _dflt_plugin_errors, _dflt_extra_rules, _return_type):
 def __init__(self,config:_type_config=_HAS_DEFAULT_FACTORY,lang:_type_lang=_dflt_lang,plugin_errors:_type_plugin_errors=_HAS_DEFAULT_FACTORY,extra_rules:_type_extra_rules=_dflt_extra_rules)->_return_type:
  self.config=_dflt_config() if config is _HAS_DEFAULT_FACTORY else config
  self.lang=lang
  self.plugin_errors=_dflt_plugin_errors() if plugin_errors is _HAS_DEFAULT_FACTORY else plugin_errors
  self.extra_rules=extra_rules
  self.__post_init__()
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_currency, _type_cap, _type_asked, _type_by_initiative, _type_by_goal, _type_by_department, _type_shares, _type_unattached, _type_foreign, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_asked, _dflt_by_initiative, _dflt_by_goal, _dflt_by_department, _dflt_shares, _dflt_unattached, _dflt_foreign, _return_type):
 def __init__(self,currency:_type_currency,cap:_type_cap,asked:_type_asked=_dflt_asked,by_initiative:_type_by_initiative=_HAS_DEFAULT_FACTORY,by_goal:_type_by_goal=_HAS_DEFAULT_FACTORY,by_department:_type_by_department=_HAS_DEFAULT_FACTORY,shares:_type_shares=_HAS_DEFAULT_FACTORY,unattached:_type_unattached=_dflt_unattached,foreign:_type_foreign=_HAS_DEFAULT_FACTORY)->_return_type:
  self.currency=currency
  self.cap=cap
  self.asked=asked
  self.by_initiative=_dflt_by_initiative() if by_initiative is _HAS_DEFAULT_FACTORY else by_initiative
  self.by_goal=_dflt_by_goal() if by_goal is _HAS_DEFAULT_FACTORY else by_goal
  self.by_department=_dflt_by_department() if by_department is _HAS_DEFAULT_FACTORY else by_department
  self.shares=_dflt_shares() if shares is _HAS_DEFAULT_FACTORY else shares
  self.unattached=unattached
  self.foreign=_dflt_foreign() if foreign is _HAS_DEFAULT_FACTORY else foreign
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_data, _type_notes, _type_lost, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,data:_type_data,notes:_type_notes,lost:_type_lost)->_return_type:
  self.data=data
  self.notes=notes
  self.lost=lost
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_deal_size, _type_conversion, _type_cost_per_lead, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_deal_size, _dflt_conversion, _dflt_cost_per_lead, _return_type):
 def __init__(self,*,deal_size:_type_deal_size=_HAS_DEFAULT_FACTORY,conversion:_type_conversion=_HAS_DEFAULT_FACTORY,cost_per_lead:_type_cost_per_lead=_HAS_DEFAULT_FACTORY)->_return_type:
  self.deal_size=_dflt_deal_size() if deal_size is _HAS_DEFAULT_FACTORY else deal_size
  self.conversion=_dflt_conversion() if conversion is _HAS_DEFAULT_FACTORY else conversion
  self.cost_per_lead=_dflt_cost_per_lead() if cost_per_lead is _HAS_DEFAULT_FACTORY else cost_per_lead
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_direction, _type_word, _type_worded, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,direction:_type_direction,word:_type_word,worded:_type_worded)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'direction',direction)
  __dataclass_builtins_object__.__setattr__(self,'word',word)
  __dataclass_builtins_object__.__setattr__(self,'worded',worded)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_file, _type_company, _type_bu, _type_sub, _type_strategy, _type_initiative, _type_owner, _type_deadline, _type_budget, _type_metric, _type_baseline, _type_target, _type_amount, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_file, _dflt_company, _dflt_bu, _dflt_sub, _dflt_strategy, _dflt_initiative, _dflt_owner, _dflt_deadline, _dflt_budget, _dflt_metric, _dflt_baseline, _dflt_target, _dflt_amount, _return_type):
 def __init__(self,file:_type_file=_HAS_DEFAULT_FACTORY,company:_type_company=_HAS_DEFAULT_FACTORY,bu:_type_bu=_HAS_DEFAULT_FACTORY,sub:_type_sub=_HAS_DEFAULT_FACTORY,strategy:_type_strategy=_HAS_DEFAULT_FACTORY,initiative:_type_initiative=_HAS_DEFAULT_FACTORY,owner:_type_owner=_HAS_DEFAULT_FACTORY,deadline:_type_deadline=_HAS_DEFAULT_FACTORY,budget:_type_budget=_HAS_DEFAULT_FACTORY,metric:_type_metric=_HAS_DEFAULT_FACTORY,baseline:_type_baseline=_HAS_DEFAULT_FACTORY,target:_type_target=_HAS_DEFAULT_FACTORY,amount:_type_amount=_dflt_amount)->_return_type:
  self.file=_dflt_file() if file is _HAS_DEFAULT_FACTORY else file
  self.company=_dflt_company() if company is _HAS_DEFAULT_FACTORY else company
  self.bu=_dflt_bu() if bu is _HAS_DEFAULT_FACTORY else bu
  self.sub=_dflt_sub() if sub is _HAS_DEFAULT_FACTORY else sub
  self.strategy=_dflt_strategy() if strategy is _HAS_DEFAULT_FACTORY else strategy
  self.initiative=_dflt_initiative() if initiative is _HAS_DEFAULT_FACTORY else initiative
  self.owner=_dflt_owner() if owner is _HAS_DEFAULT_FACTORY else owner
  self.deadline=_dflt_deadline() if deadline is _HAS_DEFAULT_FACTORY else deadline
  self.budget=_dflt_budget() if budget is _HAS_DEFAULT_FACTORY else budget
  self.metric=_dflt_metric() if metric is _HAS_DEFAULT_FACTORY else metric
  self.baseline=_dflt_baseline() if baseline is _HAS_DEFAULT_FACTORY else baseline
  self.target=_dflt_target() if target is _HAS_DEFAULT_FACTORY else target
  self.amount=amount
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_files, _type_texts, _type_root, _type_docs, _type_rules, _type_statistics, _type_quiet, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_files, _dflt_texts, _dflt_root, _dflt_docs, _dflt_rules, _dflt_statistics, _dflt_quiet, _return_type):
 def __init__(self,files:_type_files=_HAS_DEFAULT_FACTORY,texts:_type_texts=_HAS_DEFAULT_FACTORY,root:_type_root=_dflt_root,docs:_type_docs=_dflt_docs,rules:_type_rules=_dflt_rules,statistics:_type_statistics=_dflt_statistics,quiet:_type_quiet=_dflt_quiet)->_return_type:
  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files
  self.texts=_dflt_texts() if texts is _HAS_DEFAULT_FACTORY else texts
  self.root=root
  self.docs=docs
  self.rules=rules
  self.statistics=statistics
  self.quiet=quiet
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_finding, _type_how, _type_line, _type_configured, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line, _dflt_configured, _return_type):
 def __init__(self,finding:_type_finding,how:_type_how,line:_type_line=_dflt_line,configured:_type_configured=_dflt_configured)->_return_type:
  self.finding=finding
  self.how=how
  self.line=line
  self.configured=configured
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_first_line, _type_lines, _type_header, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_header, _return_type):
 def __init__(self,first_line:_type_first_line,lines:_type_lines,header:_type_header=_dflt_header)->_return_type:
  self.first_line=first_line
  self.lines=lines
  self.header=header
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_goal, _type_as_of, _type_expected, _type_actual, _type_ratio, _type_status, _type_series, _type_streak, _type_every, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_series, _dflt_streak, _dflt_every, _return_type):
 def __init__(self,goal:_type_goal,as_of:_type_as_of,expected:_type_expected,actual:_type_actual,ratio:_type_ratio,status:_type_status,series:_type_series=_HAS_DEFAULT_FACTORY,streak:_type_streak=_dflt_streak,every:_type_every=_dflt_every)->_return_type:
  self.goal=goal
  self.as_of=as_of
  self.expected=expected
  self.actual=actual
  self.ratio=ratio
  self.status=status
  self.series=_dflt_series() if series is _HAS_DEFAULT_FACTORY else series
  self.streak=streak
  self.every=every
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_goal, _type_target, _type_deal, _type_conversion, _type_cpl, _type_customers_needed, _type_leads_needed, _type_customers_goal, _type_leads_goal, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,goal:_type_goal,target:_type_target,deal:_type_deal,conversion:_type_conversion,cpl:_type_cpl,customers_needed:_type_customers_needed,leads_needed:_type_leads_needed,customers_goal:_type_customers_goal,leads_goal:_type_leads_goal)->_return_type:
  self.goal=goal
  self.target=target
  self.deal=deal
  self.conversion=conversion
  self.cpl=cpl
  self.customers_needed=customers_needed
  self.leads_needed=leads_needed
  self.customers_goal=customers_goal
  self.leads_goal=leads_goal
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_goal, _type_text, _type_entities, _type_subjects, _type_kind, _type_tight, _type_gate, _type_direction, _type_flow, _type_whole_base, _type_converts, _type_aim, _type_department, _type_units, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_entities, _dflt_subjects, _dflt_kind, _dflt_tight, _dflt_gate, _dflt_direction, _dflt_flow, _dflt_whole_base, _dflt_converts, _dflt_aim, _dflt_department, _dflt_units, _dflt_words, _return_type):
 def __init__(self,goal:_type_goal,text:_type_text,entities:_type_entities=_dflt_entities,subjects:_type_subjects=_dflt_subjects,kind:_type_kind=_dflt_kind,tight:_type_tight=_dflt_tight,gate:_type_gate=_dflt_gate,direction:_type_direction=_dflt_direction,flow:_type_flow=_dflt_flow,whole_base:_type_whole_base=_dflt_whole_base,converts:_type_converts=_dflt_converts,aim:_type_aim=_dflt_aim,department:_type_department=_dflt_department,units:_type_units=_dflt_units,words:_type_words=_dflt_words)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'goal',goal)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'entities',entities)
  __dataclass_builtins_object__.__setattr__(self,'subjects',subjects)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'tight',tight)
  __dataclass_builtins_object__.__setattr__(self,'gate',gate)
  __dataclass_builtins_object__.__setattr__(self,'direction',direction)
  __dataclass_builtins_object__.__setattr__(self,'flow',flow)
  __dataclass_builtins_object__.__setattr__(self,'whole_base',whole_base)
  __dataclass_builtins_object__.__setattr__(self,'converts',converts)
  __dataclass_builtins_object__.__setattr__(self,'aim',aim)
  __dataclass_builtins_object__.__setattr__(self,'department',department)
  __dataclass_builtins_object__.__setattr__(self,'units',units)
  __dataclass_builtins_object__.__setattr__(self,'words',words)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_groups, _type_group_starts, _type_group_ends, _type_vacancies, _type_roles, _type_plural_roles, _type_functions, _type_separators, _type_conjunctions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_groups, _dflt_group_starts, _dflt_group_ends, _dflt_vacancies, _dflt_roles, _dflt_plural_roles, _dflt_functions, _dflt_separators, _dflt_conjunctions, _return_type):
 def __init__(self,*,groups:_type_groups=_HAS_DEFAULT_FACTORY,group_starts:_type_group_starts=_HAS_DEFAULT_FACTORY,group_ends:_type_group_ends=_HAS_DEFAULT_FACTORY,vacancies:_type_vacancies=_HAS_DEFAULT_FACTORY,roles:_type_roles=_HAS_DEFAULT_FACTORY,plural_roles:_type_plural_roles=_HAS_DEFAULT_FACTORY,functions:_type_functions=_HAS_DEFAULT_FACTORY,separators:_type_separators=_HAS_DEFAULT_FACTORY,conjunctions:_type_conjunctions=_HAS_DEFAULT_FACTORY)->_return_type:
  self.groups=_dflt_groups() if groups is _HAS_DEFAULT_FACTORY else groups
  self.group_starts=_dflt_group_starts() if group_starts is _HAS_DEFAULT_FACTORY else group_starts
  self.group_ends=_dflt_group_ends() if group_ends is _HAS_DEFAULT_FACTORY else group_ends
  self.vacancies=_dflt_vacancies() if vacancies is _HAS_DEFAULT_FACTORY else vacancies
  self.roles=_dflt_roles() if roles is _HAS_DEFAULT_FACTORY else roles
  self.plural_roles=_dflt_plural_roles() if plural_roles is _HAS_DEFAULT_FACTORY else plural_roles
  self.functions=_dflt_functions() if functions is _HAS_DEFAULT_FACTORY else functions
  self.separators=_dflt_separators() if separators is _HAS_DEFAULT_FACTORY else separators
  self.conjunctions=_dflt_conjunctions() if conjunctions is _HAS_DEFAULT_FACTORY else conjunctions
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_holder, _type_what, _type_cap, _type_asked, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,holder:_type_holder,what:_type_what,cap:_type_cap,asked:_type_asked)->_return_type:
  self.holder=holder
  self.what=what
  self.cap=cap
  self.asked=asked
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_id, _type_template, _type_args, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_args, _return_type):
 def __init__(self,id:_type_id,template:_type_template,args:_type_args=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'template',template)
  __dataclass_builtins_object__.__setattr__(self,'args',_dflt_args() if args is _HAS_DEFAULT_FACTORY else args)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_id, _type_title, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_title, _dflt_kind, _return_type):
 def __init__(self,id:_type_id,title:_type_title=_dflt_title,kind:_type_kind=_dflt_kind)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_items, _type_sep, _type_sep_zh, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sep, _dflt_sep_zh, _return_type):
 def __init__(self,items:_type_items,sep:_type_sep=_dflt_sep,sep_zh:_type_sep_zh=_dflt_sep_zh)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'items',items)
  __dataclass_builtins_object__.__setattr__(self,'sep',sep)
  __dataclass_builtins_object__.__setattr__(self,'sep_zh',sep_zh)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_key, _type_cache, _type_version, _type_text, _type_plan, _type_problems, _type_error, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cache, _dflt_version, _dflt_text, _dflt_plan, _dflt_problems, _dflt_error, _return_type):
 def __init__(self,key:_type_key,cache:_type_cache=_HAS_DEFAULT_FACTORY,version:_type_version=_dflt_version,text:_type_text=_dflt_text,plan:_type_plan=_dflt_plan,problems:_type_problems=_HAS_DEFAULT_FACTORY,error:_type_error=_dflt_error)->_return_type:
  self.key=key
  self.cache=_dflt_cache() if cache is _HAS_DEFAULT_FACTORY else cache
  self.version=version
  self.text=text
  self.plan=plan
  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems
  self.error=error
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_key, _type_value, _type_key_span, _type_value_span, _type_period, _type_quantity, _type_target, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_value_span, _dflt_period, _dflt_quantity, _dflt_target, _return_type):
 def __init__(self,*,key:_type_key,value:_type_value,key_span:_type_key_span,value_span:_type_value_span=_dflt_value_span,period:_type_period=_dflt_period,quantity:_type_quantity=_dflt_quantity,target:_type_target=_dflt_target)->_return_type:
  self.key=key
  self.value=value
  self.key_span=key_span
  self.value_span=value_span
  self.period=period
  self.quantity=quantity
  self.target=target
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_kind, _type_every, _type_start, _type_end, _type_measure, _type_better, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,kind:_type_kind,every:_type_every,start:_type_start,end:_type_end,measure:_type_measure,better:_type_better)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'every',every)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'measure',measure)
  __dataclass_builtins_object__.__setattr__(self,'better',better)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_kind, _type_id, _type_title, _type_cell, _type_fields, _type_comments, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fields, _dflt_comments, _return_type):
 def __init__(self,kind:_type_kind,id:_type_id,title:_type_title,cell:_type_cell,fields:_type_fields=_HAS_DEFAULT_FACTORY,comments:_type_comments=_HAS_DEFAULT_FACTORY)->_return_type:
  self.kind=kind
  self.id=id
  self.title=title
  self.cell=cell
  self.fields=_dflt_fields() if fields is _HAS_DEFAULT_FACTORY else fields
  self.comments=_dflt_comments() if comments is _HAS_DEFAULT_FACTORY else comments
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_kind, _type_id, _type_title, _type_span, _type_header_span, _type_id_span, _type_title_span, _type_fields, _type_owner, _type_note, _type_budget, _type_unreadable, _type_path, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id, _dflt_title, _dflt_id_span, _dflt_title_span, _dflt_fields, _dflt_owner, _dflt_note, _dflt_budget, _dflt_unreadable, _dflt_path, _return_type):
 def __init__(self,*,kind:_type_kind,id:_type_id=_dflt_id,title:_type_title=_dflt_title,span:_type_span,header_span:_type_header_span,id_span:_type_id_span=_dflt_id_span,title_span:_type_title_span=_dflt_title_span,fields:_type_fields=_HAS_DEFAULT_FACTORY,owner:_type_owner=_dflt_owner,note:_type_note=_dflt_note,budget:_type_budget=_dflt_budget,unreadable:_type_unreadable=_dflt_unreadable,path:_type_path=_dflt_path)->_return_type:
  self.kind=kind
  self.id=id
  self.title=title
  self.span=span
  self.header_span=header_span
  self.id_span=id_span
  self.title_span=title_span
  self.fields=_dflt_fields() if fields is _HAS_DEFAULT_FACTORY else fields
  self.owner=owner
  self.note=note
  self.budget=budget
  self.unreadable=unreadable
  self.path=path
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_kind, _type_id, _type_title, _type_span, _type_header_span, _type_id_span, _type_title_span, _type_fields, _type_owner, _type_note, _type_budget, _type_unreadable, _type_path, _type_members, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id, _dflt_title, _dflt_id_span, _dflt_title_span, _dflt_fields, _dflt_owner, _dflt_note, _dflt_budget, _dflt_unreadable, _dflt_path, _dflt_members, _return_type):
 def __init__(self,*,kind:_type_kind,id:_type_id=_dflt_id,title:_type_title=_dflt_title,span:_type_span,header_span:_type_header_span,id_span:_type_id_span=_dflt_id_span,title_span:_type_title_span=_dflt_title_span,fields:_type_fields=_HAS_DEFAULT_FACTORY,owner:_type_owner=_dflt_owner,note:_type_note=_dflt_note,budget:_type_budget=_dflt_budget,unreadable:_type_unreadable=_dflt_unreadable,path:_type_path=_dflt_path,members:_type_members=_dflt_members)->_return_type:
  self.kind=kind
  self.id=id
  self.title=title
  self.span=span
  self.header_span=header_span
  self.id_span=id_span
  self.title_span=title_span
  self.fields=_dflt_fields() if fields is _HAS_DEFAULT_FACTORY else fields
  self.owner=owner
  self.note=note
  self.budget=budget
  self.unreadable=unreadable
  self.path=path
  self.members=members
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_kind, _type_id, _type_title, _type_span, _type_header_span, _type_id_span, _type_title_span, _type_fields, _type_owner, _type_note, _type_budget, _type_unreadable, _type_path, _type_parent, _type_level, _type_dimension, _type_relevance, _type_review, _type_department, _type_collaborators, _type_contributes, _type_metric, _type_baseline, _type_baseline_as_of, _type_target, _type_deadline, _type_leading, _type_definition, _type_split, _type_assume, _type_history, _type_actual, _type_actual_as_of, _type_actuals, _type_milestones, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id, _dflt_title, _dflt_id_span, _dflt_title_span, _dflt_fields, _dflt_owner, _dflt_note, _dflt_budget, _dflt_unreadable, _dflt_path, _dflt_parent, _dflt_level, _dflt_dimension, _dflt_relevance, _dflt_review, _dflt_department, _dflt_collaborators, _dflt_contributes, _dflt_metric, _dflt_baseline, _dflt_baseline_as_of, _dflt_target, _dflt_deadline, _dflt_leading, _dflt_definition, _dflt_split, _dflt_assume, _dflt_history, _dflt_actual, _dflt_actual_as_of, _dflt_actuals, _dflt_milestones, _return_type):
 def __init__(self,*,kind:_type_kind,id:_type_id=_dflt_id,title:_type_title=_dflt_title,span:_type_span,header_span:_type_header_span,id_span:_type_id_span=_dflt_id_span,title_span:_type_title_span=_dflt_title_span,fields:_type_fields=_HAS_DEFAULT_FACTORY,owner:_type_owner=_dflt_owner,note:_type_note=_dflt_note,budget:_type_budget=_dflt_budget,unreadable:_type_unreadable=_dflt_unreadable,path:_type_path=_dflt_path,parent:_type_parent=_dflt_parent,level:_type_level=_dflt_level,dimension:_type_dimension=_dflt_dimension,relevance:_type_relevance=_dflt_relevance,review:_type_review=_dflt_review,department:_type_department=_dflt_department,collaborators:_type_collaborators=_dflt_collaborators,contributes:_type_contributes=_dflt_contributes,metric:_type_metric=_dflt_metric,baseline:_type_baseline=_dflt_baseline,baseline_as_of:_type_baseline_as_of=_dflt_baseline_as_of,target:_type_target=_dflt_target,deadline:_type_deadline=_dflt_deadline,leading:_type_leading=_dflt_leading,definition:_type_definition=_dflt_definition,split:_type_split=_dflt_split,assume:_type_assume=_dflt_assume,history:_type_history=_dflt_history,actual:_type_actual=_dflt_actual,actual_as_of:_type_actual_as_of=_dflt_actual_as_of,actuals:_type_actuals=_dflt_actuals,milestones:_type_milestones=_dflt_milestones)->_return_type:
  self.kind=kind
  self.id=id
  self.title=title
  self.span=span
  self.header_span=header_span
  self.id_span=id_span
  self.title_span=title_span
  self.fields=_dflt_fields() if fields is _HAS_DEFAULT_FACTORY else fields
  self.owner=owner
  self.note=note
  self.budget=budget
  self.unreadable=unreadable
  self.path=path
  self.parent=parent
  self.level=level
  self.dimension=dimension
  self.relevance=relevance
  self.review=review
  self.department=department
  self.collaborators=collaborators
  self.contributes=contributes
  self.metric=metric
  self.baseline=baseline
  self.baseline_as_of=baseline_as_of
  self.target=target
  self.deadline=deadline
  self.leading=leading
  self.definition=definition
  self.split=split
  self.assume=assume
  self.history=history
  self.actual=actual
  self.actual_as_of=actual_as_of
  self.actuals=actuals
  self.milestones=milestones
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_kind, _type_id, _type_title, _type_span, _type_header_span, _type_id_span, _type_title_span, _type_fields, _type_owner, _type_note, _type_budget, _type_unreadable, _type_path, _type_period, _type_currency, _type_market, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id, _dflt_title, _dflt_id_span, _dflt_title_span, _dflt_fields, _dflt_owner, _dflt_note, _dflt_budget, _dflt_unreadable, _dflt_path, _dflt_period, _dflt_currency, _dflt_market, _return_type):
 def __init__(self,*,kind:_type_kind,id:_type_id=_dflt_id,title:_type_title=_dflt_title,span:_type_span,header_span:_type_header_span,id_span:_type_id_span=_dflt_id_span,title_span:_type_title_span=_dflt_title_span,fields:_type_fields=_HAS_DEFAULT_FACTORY,owner:_type_owner=_dflt_owner,note:_type_note=_dflt_note,budget:_type_budget=_dflt_budget,unreadable:_type_unreadable=_dflt_unreadable,path:_type_path=_dflt_path,period:_type_period=_dflt_period,currency:_type_currency=_dflt_currency,market:_type_market=_dflt_market)->_return_type:
  self.kind=kind
  self.id=id
  self.title=title
  self.span=span
  self.header_span=header_span
  self.id_span=id_span
  self.title_span=title_span
  self.fields=_dflt_fields() if fields is _HAS_DEFAULT_FACTORY else fields
  self.owner=owner
  self.note=note
  self.budget=budget
  self.unreadable=unreadable
  self.path=path
  self.period=period
  self.currency=currency
  self.market=market
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_kind, _type_id, _type_title, _type_span, _type_header_span, _type_id_span, _type_title_span, _type_fields, _type_owner, _type_note, _type_budget, _type_unreadable, _type_path, _type_supports, _type_strategy, _type_department, _type_collaborators, _type_window, _type_measures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id, _dflt_title, _dflt_id_span, _dflt_title_span, _dflt_fields, _dflt_owner, _dflt_note, _dflt_budget, _dflt_unreadable, _dflt_path, _dflt_supports, _dflt_strategy, _dflt_department, _dflt_collaborators, _dflt_window, _dflt_measures, _return_type):
 def __init__(self,*,kind:_type_kind,id:_type_id=_dflt_id,title:_type_title=_dflt_title,span:_type_span,header_span:_type_header_span,id_span:_type_id_span=_dflt_id_span,title_span:_type_title_span=_dflt_title_span,fields:_type_fields=_HAS_DEFAULT_FACTORY,owner:_type_owner=_dflt_owner,note:_type_note=_dflt_note,budget:_type_budget=_dflt_budget,unreadable:_type_unreadable=_dflt_unreadable,path:_type_path=_dflt_path,supports:_type_supports=_dflt_supports,strategy:_type_strategy=_dflt_strategy,department:_type_department=_dflt_department,collaborators:_type_collaborators=_dflt_collaborators,window:_type_window=_dflt_window,measures:_type_measures=_dflt_measures)->_return_type:
  self.kind=kind
  self.id=id
  self.title=title
  self.span=span
  self.header_span=header_span
  self.id_span=id_span
  self.title_span=title_span
  self.fields=_dflt_fields() if fields is _HAS_DEFAULT_FACTORY else fields
  self.owner=owner
  self.note=note
  self.budget=budget
  self.unreadable=unreadable
  self.path=path
  self.supports=supports
  self.strategy=strategy
  self.department=department
  self.collaborators=collaborators
  self.window=window
  self.measures=measures
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_kind, _type_match, _type_tight, _type_gate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tight, _dflt_gate, _return_type):
 def __init__(self,*,kind:_type_kind,match:_type_match,tight:_type_tight=_dflt_tight,gate:_type_gate=_dflt_gate)->_return_type:
  self.kind=kind
  self.match=match
  self.tight=tight
  self.gate=gate
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_kind, _type_name, _type_plan, _type_doc, _type_expect, _type_fixed, _type_config, _type_lang, _type_snippet, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_doc, _dflt_expect, _dflt_fixed, _dflt_config, _dflt_lang, _dflt_snippet, _return_type):
 def __init__(self,kind:_type_kind,name:_type_name,plan:_type_plan,doc:_type_doc=_dflt_doc,expect:_type_expect=_HAS_DEFAULT_FACTORY,fixed:_type_fixed=_dflt_fixed,config:_type_config=_HAS_DEFAULT_FACTORY,lang:_type_lang=_dflt_lang,snippet:_type_snippet=_dflt_snippet)->_return_type:
  self.kind=kind
  self.name=name
  self.plan=plan
  self.doc=doc
  self.expect=_dflt_expect() if expect is _HAS_DEFAULT_FACTORY else expect
  self.fixed=fixed
  self.config=_dflt_config() if config is _HAS_DEFAULT_FACTORY else config
  self.lang=lang
  self.snippet=snippet
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_lang, _type_packs, _type_options, _type_locale, _type_currency, _type_facts, _type_used_suppressions, _type_scratch, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_locale, _dflt_currency, _dflt_facts, _dflt_used_suppressions, _dflt_scratch, _return_type):
 def __init__(self,lang:_type_lang,packs:_type_packs,options:_type_options,locale:_type_locale=_dflt_locale,currency:_type_currency=_dflt_currency,facts:_type_facts=_dflt_facts,used_suppressions:_type_used_suppressions=_dflt_used_suppressions,scratch:_type_scratch=_HAS_DEFAULT_FACTORY)->_return_type:
  self.lang=lang
  self.packs=packs
  self.options=options
  self.locale=locale
  self.currency=currency
  self.facts=facts
  self.used_suppressions=used_suppressions
  self.scratch=_dflt_scratch() if scratch is _HAS_DEFAULT_FACTORY else scratch
  self.__post_init__()
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_lang, _type_select, _type_ignore, _type_config_path, _type_use_cache, _type_actuals, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lang, _dflt_select, _dflt_ignore, _dflt_config_path, _dflt_use_cache, _dflt_actuals, _return_type):
 def __init__(self,lang:_type_lang=_dflt_lang,select:_type_select=_dflt_select,ignore:_type_ignore=_dflt_ignore,config_path:_type_config_path=_dflt_config_path,use_cache:_type_use_cache=_dflt_use_cache,actuals:_type_actuals=_dflt_actuals)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
  __dataclass_builtins_object__.__setattr__(self,'select',select)
  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)
  __dataclass_builtins_object__.__setattr__(self,'config_path',config_path)
  __dataclass_builtins_object__.__setattr__(self,'use_cache',use_cache)
  __dataclass_builtins_object__.__setattr__(self,'actuals',actuals)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_line, _type_column, _type_message, _type_end_line, _type_end_column, _type_severity, _type_text, _type_fix, _type_applicability, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_end_line, _dflt_end_column, _dflt_severity, _dflt_text, _dflt_fix, _dflt_applicability, _return_type):
 def __init__(self,line:_type_line,column:_type_column,message:_type_message,end_line:_type_end_line=_dflt_end_line,end_column:_type_end_column=_dflt_end_column,severity:_type_severity=_dflt_severity,text:_type_text=_dflt_text,fix:_type_fix=_dflt_fix,applicability:_type_applicability=_dflt_applicability)->_return_type:
  self.line=line
  self.column=column
  self.message=message
  self.end_line=end_line
  self.end_column=end_column
  self.severity=severity
  self.text=text
  self.fix=fix
  self.applicability=applicability
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_line, _type_source, _type_key, _type_period, _type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,line:_type_line,source:_type_source,key:_type_key,period:_type_period,value:_type_value)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'period',period)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_match, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,match:_type_match)->_return_type:
  self.match=match
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_match, _type_exclude, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_exclude, _return_type):
 def __init__(self,*,match:_type_match,exclude:_type_exclude=_HAS_DEFAULT_FACTORY)->_return_type:
  self.match=match
  self.exclude=_dflt_exclude() if exclude is _HAS_DEFAULT_FACTORY else exclude
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_match, _type_fits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,match:_type_match,fits:_type_fits)->_return_type:
  self.match=match
  self.fits=fits
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_match, _type_metric_zh, _type_metric_en, _type_rewrite_zh, _type_rewrite_en, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,match:_type_match,metric_zh:_type_metric_zh,metric_en:_type_metric_en,rewrite_zh:_type_rewrite_zh,rewrite_en:_type_rewrite_en)->_return_type:
  self.match=match
  self.metric_zh=metric_zh
  self.metric_en=metric_en
  self.rewrite_zh=rewrite_zh
  self.rewrite_en=rewrite_en
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_members, _type_findings, _type_linter, _type_plan, _type_revisions, _type_error, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_error, _return_type):
 def __init__(self,members:_type_members,findings:_type_findings,linter:_type_linter,plan:_type_plan,revisions:_type_revisions,error:_type_error=_dflt_error)->_return_type:
  self.members=members
  self.findings=findings
  self.linter=linter
  self.plan=plan
  self.revisions=revisions
  self.error=error
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_meta, _type_name, _type_key, _type_header, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_meta, _dflt_name, _dflt_key, _dflt_header, _return_type):
 def __init__(self,meta:_type_meta=_dflt_meta,name:_type_name=_dflt_name,key:_type_key=_dflt_key,header:_type_header=_dflt_header)->_return_type:
  self.meta=meta
  self.name=name
  self.key=key
  self.header=header
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_month, _type_day, _type_zh, _type_en, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,month:_type_month,day:_type_day,zh:_type_zh,en:_type_en)->_return_type:
  self.month=month
  self.day=day
  self.zh=zh
  self.en=en
  self.__post_init__()
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_name, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_name, _type_a, _type_b, _type_agree_zh, _type_agree_en, _type_scope, _type_cross_department, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_scope, _dflt_cross_department, _return_type):
 def __init__(self,*,name:_type_name,a:_type_a,b:_type_b,agree_zh:_type_agree_zh,agree_en:_type_agree_en,scope:_type_scope=_dflt_scope,cross_department:_type_cross_department=_dflt_cross_department)->_return_type:
  self.name=name
  self.a=a
  self.b=b
  self.agree_zh=agree_zh
  self.agree_en=agree_en
  self.scope=scope
  self.cross_department=cross_department
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_name, _type_season, _type_zh, _type_en, _type_peaks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_peaks, _return_type):
 def __init__(self,name:_type_name,season:_type_season,zh:_type_zh,en:_type_en,peaks:_type_peaks=_dflt_peaks)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'season',season)
  __dataclass_builtins_object__.__setattr__(self,'zh',zh)
  __dataclass_builtins_object__.__setattr__(self,'en',en)
  __dataclass_builtins_object__.__setattr__(self,'peaks',peaks)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_name_zh, _type_name_en, _type_match, _type_stage, _type_flow, _type_into, _type_agree_zh, _type_agree_en, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_stage, _dflt_flow, _dflt_into, _dflt_agree_zh, _dflt_agree_en, _return_type):
 def __init__(self,*,name_zh:_type_name_zh,name_en:_type_name_en,match:_type_match,stage:_type_stage=_dflt_stage,flow:_type_flow=_dflt_flow,into:_type_into=_HAS_DEFAULT_FACTORY,agree_zh:_type_agree_zh=_dflt_agree_zh,agree_en:_type_agree_en=_dflt_agree_en)->_return_type:
  self.name_zh=name_zh
  self.name_en=name_en
  self.match=match
  self.stage=stage
  self.flow=flow
  self.into=_dflt_into() if into is _HAS_DEFAULT_FACTORY else into
  self.agree_zh=agree_zh
  self.agree_en=agree_en
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_name_zh, _type_name_en, _type_match, _type_strategies, _type_dimensions, _type_priority, _type_example_zh, _type_example_en, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_dimensions, _dflt_priority, _dflt_example_zh, _dflt_example_en, _return_type):
 def __init__(self,*,name_zh:_type_name_zh,name_en:_type_name_en,match:_type_match,strategies:_type_strategies,dimensions:_type_dimensions=_HAS_DEFAULT_FACTORY,priority:_type_priority=_dflt_priority,example_zh:_type_example_zh=_dflt_example_zh,example_en:_type_example_en=_dflt_example_en)->_return_type:
  self.name_zh=name_zh
  self.name_en=name_en
  self.match=match
  self.strategies=strategies
  self.dimensions=_dflt_dimensions() if dimensions is _HAS_DEFAULT_FACTORY else dimensions
  self.priority=priority
  self.example_zh=example_zh
  self.example_en=example_en
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_new, _type_qualifiers, _type_whole_base, _type_cohort, _type_duration_units, _type_score_units, _type_directions, _type_tighten_zh, _type_tighten_en, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_new, _dflt_qualifiers, _dflt_whole_base, _dflt_cohort, _dflt_duration_units, _dflt_score_units, _dflt_directions, _dflt_tighten_zh, _dflt_tighten_en, _return_type):
 def __init__(self,*,new:_type_new=_HAS_DEFAULT_FACTORY,qualifiers:_type_qualifiers=_HAS_DEFAULT_FACTORY,whole_base:_type_whole_base=_HAS_DEFAULT_FACTORY,cohort:_type_cohort=_HAS_DEFAULT_FACTORY,duration_units:_type_duration_units=_HAS_DEFAULT_FACTORY,score_units:_type_score_units=_HAS_DEFAULT_FACTORY,directions:_type_directions=_HAS_DEFAULT_FACTORY,tighten_zh:_type_tighten_zh=_HAS_DEFAULT_FACTORY,tighten_en:_type_tighten_en=_HAS_DEFAULT_FACTORY)->_return_type:
  self.new=_dflt_new() if new is _HAS_DEFAULT_FACTORY else new
  self.qualifiers=_dflt_qualifiers() if qualifiers is _HAS_DEFAULT_FACTORY else qualifiers
  self.whole_base=_dflt_whole_base() if whole_base is _HAS_DEFAULT_FACTORY else whole_base
  self.cohort=_dflt_cohort() if cohort is _HAS_DEFAULT_FACTORY else cohort
  self.duration_units=_dflt_duration_units() if duration_units is _HAS_DEFAULT_FACTORY else duration_units
  self.score_units=_dflt_score_units() if score_units is _HAS_DEFAULT_FACTORY else score_units
  self.directions=_dflt_directions() if directions is _HAS_DEFAULT_FACTORY else directions
  self.tighten_zh=_dflt_tighten_zh() if tighten_zh is _HAS_DEFAULT_FACTORY else tighten_zh
  self.tighten_en=_dflt_tighten_en() if tighten_en is _HAS_DEFAULT_FACTORY else tighten_en
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_node, _type_field, _type_text, _type_line, _type_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,node:_type_node,field:_type_field,text:_type_text,line:_type_line,column:_type_column)->_return_type:
  self.node=node
  self.field=field
  self.text=text
  self.line=line
  self.column=column
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_node, _type_problems, _type_moves, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_moves, _return_type):
 def __init__(self,node:_type_node,problems:_type_problems=_HAS_DEFAULT_FACTORY,moves:_type_moves=_dflt_moves)->_return_type:
  self.node=node
  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems
  self.moves=moves
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_path, _type_before, _type_after, _type_applied, _type_broken, _type_findings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_applied, _dflt_broken, _dflt_findings, _return_type):
 def __init__(self,path:_type_path,before:_type_before,after:_type_after,applied:_type_applied=_HAS_DEFAULT_FACTORY,broken:_type_broken=_HAS_DEFAULT_FACTORY,findings:_type_findings=_HAS_DEFAULT_FACTORY)->_return_type:
  self.path=path
  self.before=before
  self.after=after
  self.applied=_dflt_applied() if applied is _HAS_DEFAULT_FACTORY else applied
  self.broken=_dflt_broken() if broken is _HAS_DEFAULT_FACTORY else broken
  self.findings=_dflt_findings() if findings is _HAS_DEFAULT_FACTORY else findings
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_path, _type_findings, _type_error, _type_fail_on, _type_lang, _type_notes, _type_cause, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_findings, _dflt_error, _dflt_fail_on, _dflt_lang, _dflt_notes, _dflt_cause, _return_type):
 def __init__(self,path:_type_path,findings:_type_findings=_HAS_DEFAULT_FACTORY,error:_type_error=_dflt_error,fail_on:_type_fail_on=_dflt_fail_on,lang:_type_lang=_dflt_lang,notes:_type_notes=_HAS_DEFAULT_FACTORY,cause:_type_cause=_dflt_cause)->_return_type:
  self.path=path
  self.findings=_dflt_findings() if findings is _HAS_DEFAULT_FACTORY else findings
  self.error=error
  self.fail_on=fail_on
  self.lang=lang
  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes
  self.cause=cause
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_path, _type_lang, _type_locale, _type_meta, _type_teams, _type_goals, _type_initiatives, _type_directives, _type_line_count, _type_language, _type__index, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_path, _dflt_lang, _dflt_locale, _dflt_meta, _dflt_teams, _dflt_goals, _dflt_initiatives, _dflt_directives, _dflt_line_count, _dflt_language, _dflt__index, _return_type):
 def __init__(self,*,path:_type_path=_dflt_path,lang:_type_lang=_dflt_lang,locale:_type_locale=_dflt_locale,meta:_type_meta=_dflt_meta,teams:_type_teams=_HAS_DEFAULT_FACTORY,goals:_type_goals=_HAS_DEFAULT_FACTORY,initiatives:_type_initiatives=_HAS_DEFAULT_FACTORY,directives:_type_directives=_HAS_DEFAULT_FACTORY,line_count:_type_line_count=_dflt_line_count,language:_type_language=_dflt_language,_index:_type__index=_dflt__index)->_return_type:
  self.path=path
  self.lang=lang
  self.locale=locale
  self.meta=meta
  self.teams=_dflt_teams() if teams is _HAS_DEFAULT_FACTORY else teams
  self.goals=_dflt_goals() if goals is _HAS_DEFAULT_FACTORY else goals
  self.initiatives=_dflt_initiatives() if initiatives is _HAS_DEFAULT_FACTORY else initiatives
  self.directives=_dflt_directives() if directives is _HAS_DEFAULT_FACTORY else directives
  self.line_count=line_count
  self.language=language
  self._index=_index
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_path, _type_line, _type_column, _type_end_line, _type_end_column, _type_code, _type_category, _type_severity, _type_msg, _type_fix_msg, _type_edits, _type_rule, _type_locale, _type_applicability, _type_blocks_signoff, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fix_msg, _dflt_edits, _dflt_rule, _dflt_locale, _dflt_applicability, _dflt_blocks_signoff, _return_type):
 def __init__(self,path:_type_path,line:_type_line,column:_type_column,end_line:_type_end_line,end_column:_type_end_column,code:_type_code,category:_type_category,severity:_type_severity,msg:_type_msg,fix_msg:_type_fix_msg=_dflt_fix_msg,edits:_type_edits=_HAS_DEFAULT_FACTORY,rule:_type_rule=_dflt_rule,locale:_type_locale=_dflt_locale,applicability:_type_applicability=_dflt_applicability,blocks_signoff:_type_blocks_signoff=_dflt_blocks_signoff)->_return_type:
  self.path=path
  self.line=line
  self.column=column
  self.end_line=end_line
  self.end_column=end_column
  self.code=code
  self.category=category
  self.severity=severity
  self.msg=msg
  self.fix_msg=fix_msg
  self.edits=_dflt_edits() if edits is _HAS_DEFAULT_FACTORY else edits
  self.rule=rule
  self.locale=locale
  self.applicability=applicability
  self.blocks_signoff=blocks_signoff
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_period, _type_value, _type_span, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_span, _dflt_source, _return_type):
 def __init__(self,*,period:_type_period,value:_type_value,span:_type_span=_dflt_span,source:_type_source=_dflt_source)->_return_type:
  self.period=period
  self.value=value
  self.span=span
  self.source=source
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_plan, _type_findings, _type_locale, _type_decision, _type_budget, _type_plans, _type_rows, _type_tree, _type_by_goal, _type_by_dept, _type_by_initiative, _type_shares, _type_groups, _type_allocation, _type_progress, _type_changes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_plans, _dflt_rows, _dflt_tree, _dflt_by_goal, _dflt_by_dept, _dflt_by_initiative, _dflt_shares, _dflt_groups, _dflt_allocation, _dflt_progress, _dflt_changes, _return_type):
 def __init__(self,plan:_type_plan,findings:_type_findings,locale:_type_locale,decision:_type_decision,budget:_type_budget,plans:_type_plans=_HAS_DEFAULT_FACTORY,rows:_type_rows=_HAS_DEFAULT_FACTORY,tree:_type_tree=_HAS_DEFAULT_FACTORY,by_goal:_type_by_goal=_HAS_DEFAULT_FACTORY,by_dept:_type_by_dept=_HAS_DEFAULT_FACTORY,by_initiative:_type_by_initiative=_HAS_DEFAULT_FACTORY,shares:_type_shares=_HAS_DEFAULT_FACTORY,groups:_type_groups=_HAS_DEFAULT_FACTORY,allocation:_type_allocation=_HAS_DEFAULT_FACTORY,progress:_type_progress=_HAS_DEFAULT_FACTORY,changes:_type_changes=_dflt_changes)->_return_type:
  self.plan=plan
  self.findings=findings
  self.locale=locale
  self.decision=decision
  self.budget=budget
  self.plans=_dflt_plans() if plans is _HAS_DEFAULT_FACTORY else plans
  self.rows=_dflt_rows() if rows is _HAS_DEFAULT_FACTORY else rows
  self.tree=_dflt_tree() if tree is _HAS_DEFAULT_FACTORY else tree
  self.by_goal=_dflt_by_goal() if by_goal is _HAS_DEFAULT_FACTORY else by_goal
  self.by_dept=_dflt_by_dept() if by_dept is _HAS_DEFAULT_FACTORY else by_dept
  self.by_initiative=_dflt_by_initiative() if by_initiative is _HAS_DEFAULT_FACTORY else by_initiative
  self.shares=_dflt_shares() if shares is _HAS_DEFAULT_FACTORY else shares
  self.groups=_dflt_groups() if groups is _HAS_DEFAULT_FACTORY else groups
  self.allocation=_dflt_allocation() if allocation is _HAS_DEFAULT_FACTORY else allocation
  self.progress=_dflt_progress() if progress is _HAS_DEFAULT_FACTORY else progress
  self.changes=changes
  self.__post_init__()
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_plan, _type_strict, _type_empty, _type_stops, _type_checks, _type_waivers, _type_unused, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_empty, _dflt_stops, _dflt_checks, _dflt_waivers, _dflt_unused, _return_type):
 def __init__(self,plan:_type_plan,strict:_type_strict,empty:_type_empty=_HAS_DEFAULT_FACTORY,stops:_type_stops=_HAS_DEFAULT_FACTORY,checks:_type_checks=_HAS_DEFAULT_FACTORY,waivers:_type_waivers=_HAS_DEFAULT_FACTORY,unused:_type_unused=_HAS_DEFAULT_FACTORY)->_return_type:
  self.plan=plan
  self.strict=strict
  self.empty=_dflt_empty() if empty is _HAS_DEFAULT_FACTORY else empty
  self.stops=_dflt_stops() if stops is _HAS_DEFAULT_FACTORY else stops
  self.checks=_dflt_checks() if checks is _HAS_DEFAULT_FACTORY else checks
  self.waivers=_dflt_waivers() if waivers is _HAS_DEFAULT_FACTORY else waivers
  self.unused=_dflt_unused() if unused is _HAS_DEFAULT_FACTORY else unused
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_plan_ref, _type_packs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_packs, _return_type):
 def __init__(self,plan_ref:_type_plan_ref,packs:_type_packs=_dflt_packs)->_return_type:
  self.plan_ref=plan_ref
  self.packs=packs
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_plans, _type_plan, _type_findings, _type_linter, _type_requested, _type_waived, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_waived, _return_type):
 def __init__(self,plans:_type_plans,plan:_type_plan,findings:_type_findings,linter:_type_linter,requested:_type_requested,waived:_type_waived=_HAS_DEFAULT_FACTORY)->_return_type:
  self.plans=plans
  self.plan=plan
  self.findings=findings
  self.linter=linter
  self.requested=requested
  self.waived=_dflt_waived() if waived is _HAS_DEFAULT_FACTORY else waived
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_ranges, _type_as_of, _type_before, _type_arrows, _type_by, _type_no_cadence, _type_target_verbs, _type_target_verb_ends, _type_about, _type_local_money, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ranges, _dflt_as_of, _dflt_before, _dflt_arrows, _dflt_by, _dflt_no_cadence, _dflt_target_verbs, _dflt_target_verb_ends, _dflt_about, _dflt_local_money, _return_type):
 def __init__(self,*,ranges:_type_ranges=_HAS_DEFAULT_FACTORY,as_of:_type_as_of=_HAS_DEFAULT_FACTORY,before:_type_before=_HAS_DEFAULT_FACTORY,arrows:_type_arrows=_HAS_DEFAULT_FACTORY,by:_type_by=_HAS_DEFAULT_FACTORY,no_cadence:_type_no_cadence=_HAS_DEFAULT_FACTORY,target_verbs:_type_target_verbs=_HAS_DEFAULT_FACTORY,target_verb_ends:_type_target_verb_ends=_HAS_DEFAULT_FACTORY,about:_type_about=_HAS_DEFAULT_FACTORY,local_money:_type_local_money=_HAS_DEFAULT_FACTORY)->_return_type:
  self.ranges=_dflt_ranges() if ranges is _HAS_DEFAULT_FACTORY else ranges
  self.as_of=_dflt_as_of() if as_of is _HAS_DEFAULT_FACTORY else as_of
  self.before=_dflt_before() if before is _HAS_DEFAULT_FACTORY else before
  self.arrows=_dflt_arrows() if arrows is _HAS_DEFAULT_FACTORY else arrows
  self.by=_dflt_by() if by is _HAS_DEFAULT_FACTORY else by
  self.no_cadence=_dflt_no_cadence() if no_cadence is _HAS_DEFAULT_FACTORY else no_cadence
  self.target_verbs=_dflt_target_verbs() if target_verbs is _HAS_DEFAULT_FACTORY else target_verbs
  self.target_verb_ends=_dflt_target_verb_ends() if target_verb_ends is _HAS_DEFAULT_FACTORY else target_verb_ends
  self.about=_dflt_about() if about is _HAS_DEFAULT_FACTORY else about
  self.local_money=_dflt_local_money() if local_money is _HAS_DEFAULT_FACTORY else local_money
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_sheet, _type_cells, _type_filled, _type_problems, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cells, _dflt_filled, _dflt_problems, _dflt_notes, _return_type):
 def __init__(self,sheet:_type_sheet,cells:_type_cells=_HAS_DEFAULT_FACTORY,filled:_type_filled=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY)->_return_type:
  self.sheet=sheet
  self.cells=_dflt_cells() if cells is _HAS_DEFAULT_FACTORY else cells
  self.filled=_dflt_filled() if filled is _HAS_DEFAULT_FACTORY else filled
  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems
  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_sheet, _type_row, _type_col, _type_path, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_path, _return_type):
 def __init__(self,sheet:_type_sheet,row:_type_row,col:_type_col,path:_type_path=_dflt_path)->_return_type:
  self.sheet=sheet
  self.row=row
  self.col=col
  self.path=path
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_since, _type_currency, _type_items, _type_resolved, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_items, _dflt_resolved, _return_type):
 def __init__(self,since:_type_since,currency:_type_currency,items:_type_items=_HAS_DEFAULT_FACTORY,resolved:_type_resolved=_dflt_resolved)->_return_type:
  self.since=since
  self.currency=currency
  self.items=_dflt_items() if items is _HAS_DEFAULT_FACTORY else items
  self.resolved=resolved
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_span, _type_message, _type_fix, _type_edits, _type_severity, _type_applicability, _type_rule, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fix, _dflt_edits, _dflt_severity, _dflt_applicability, _dflt_rule, _return_type):
 def __init__(self,span:_type_span,message:_type_message,fix:_type_fix=_dflt_fix,edits:_type_edits=_HAS_DEFAULT_FACTORY,severity:_type_severity=_dflt_severity,applicability:_type_applicability=_dflt_applicability,rule:_type_rule=_dflt_rule)->_return_type:
  self.span=span
  self.message=message
  self.fix=fix
  self.edits=_dflt_edits() if edits is _HAS_DEFAULT_FACTORY else edits
  self.severity=severity
  self.applicability=applicability
  self.rule=rule
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_span, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,span:_type_span,text:_type_text)->_return_type:
  self.span=span
  self.text=text
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_start, _type_end, _type_actual, _type_expected, _type_ratio, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_source, _return_type):
 def __init__(self,start:_type_start,end:_type_end,actual:_type_actual,expected:_type_expected,ratio:_type_ratio,source:_type_source=_dflt_source)->_return_type:
  self.start=start
  self.end=end
  self.actual=actual
  self.expected=expected
  self.ratio=ratio
  self.source=source
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_start, _type_end, _type_term, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,end:_type_end,term:_type_term)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'term',term)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_start, _type_start_unit, _type_end, _type_end_unit, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,start_unit:_type_start_unit,end:_type_end,end_unit:_type_end_unit,words:_type_words)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'start_unit',start_unit)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'end_unit',end_unit)
  __dataclass_builtins_object__.__setattr__(self,'words',words)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_terms, _type_direction, _type_label_zh, _type_label_en, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_direction, _return_type):
 def __init__(self,*,terms:_type_terms,direction:_type_direction=_dflt_direction,label_zh:_type_label_zh,label_en:_type_label_en)->_return_type:
  self.terms=terms
  self.direction=direction
  self.label_zh=label_zh
  self.label_en=label_en
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_text, _type_codec, _type_bom, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bom, _return_type):
 def __init__(self,text:_type_text,codec:_type_codec,bom:_type_bom=_dflt_bom)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'codec',codec)
  __dataclass_builtins_object__.__setattr__(self,'bom',bom)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_text, _type_kind, _type_names, _type_word, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_names, _dflt_word, _return_type):
 def __init__(self,text:_type_text,kind:_type_kind,names:_type_names=_dflt_names,word:_type_word=_dflt_word)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'names',names)
  __dataclass_builtins_object__.__setattr__(self,'word',word)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_text, _type_kind, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_text, _dflt_kind, _dflt_note, _return_type):
 def __init__(self,text:_type_text=_dflt_text,kind:_type_kind=_dflt_kind,note:_type_note=_dflt_note)->_return_type:
  self.text=text
  self.kind=kind
  self.note=note
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_text, _type_language, _type_chunks, _type_directives, _type_line_count, _type_content_lines, _type_prose, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_text, _dflt_language, _dflt_chunks, _dflt_directives, _dflt_line_count, _dflt_content_lines, _dflt_prose, _return_type):
 def __init__(self,text:_type_text=_dflt_text,language:_type_language=_dflt_language,chunks:_type_chunks=_HAS_DEFAULT_FACTORY,directives:_type_directives=_HAS_DEFAULT_FACTORY,line_count:_type_line_count=_dflt_line_count,content_lines:_type_content_lines=_HAS_DEFAULT_FACTORY,prose:_type_prose=_HAS_DEFAULT_FACTORY)->_return_type:
  self.text=text
  self.language=language
  self.chunks=_dflt_chunks() if chunks is _HAS_DEFAULT_FACTORY else chunks
  self.directives=_dflt_directives() if directives is _HAS_DEFAULT_FACTORY else directives
  self.line_count=line_count
  self.content_lines=_dflt_content_lines() if content_lines is _HAS_DEFAULT_FACTORY else content_lines
  self.prose=_dflt_prose() if prose is _HAS_DEFAULT_FACTORY else prose
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_text, _type_metric, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_metric, _return_type):
 def __init__(self,text:_type_text,metric:_type_metric=_dflt_metric)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'metric',metric)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_title, _type_path, _type_findings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,title:_type_title,path:_type_path,findings:_type_findings)->_return_type:
  self.title=title
  self.path=path
  self.findings=findings
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_up, _type_down, _type_caps, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_up, _dflt_down, _dflt_caps, _return_type):
 def __init__(self,*,up:_type_up=_HAS_DEFAULT_FACTORY,down:_type_down=_HAS_DEFAULT_FACTORY,caps:_type_caps=_HAS_DEFAULT_FACTORY)->_return_type:
  self.up=_dflt_up() if up is _HAS_DEFAULT_FACTORY else up
  self.down=_dflt_down() if down is _HAS_DEFAULT_FACTORY else down
  self.caps=_dflt_caps() if caps is _HAS_DEFAULT_FACTORY else caps
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,value:_type_value)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_value, _type_currency, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_currency, _return_type):
 def __init__(self,value:_type_value,currency:_type_currency=_dflt_currency)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'currency',currency)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_value, _type_digits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_digits, _return_type):
 def __init__(self,value:_type_value,digits:_type_digits=_dflt_digits)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'digits',digits)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_value, _type_unit, _type_scale, _type_unit_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_unit, _dflt_scale, _dflt_unit_text, _return_type):
 def __init__(self,value:_type_value,unit:_type_unit=_dflt_unit,scale:_type_scale=_dflt_scale,unit_text:_type_unit_text=_dflt_unit_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  __dataclass_builtins_object__.__setattr__(self,'scale',scale)
  __dataclass_builtins_object__.__setattr__(self,'unit_text',unit_text)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_waived, _type_block, _type_owner, _type_accepted, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_accepted, _return_type):
 def __init__(self,waived:_type_waived,block:_type_block,owner:_type_owner,accepted:_type_accepted=_dflt_accepted)->_return_type:
  self.waived=waived
  self.block=block
  self.owner=owner
  self.accepted=accepted
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_what, _type_item, _type_before, _type_now, _type_node, _type_finding, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_before, _dflt_now, _dflt_node, _dflt_finding, _return_type):
 def __init__(self,what:_type_what,item:_type_item,before:_type_before=_dflt_before,now:_type_now=_dflt_now,node:_type_node=_dflt_node,finding:_type_finding=_dflt_finding)->_return_type:
  self.what=what
  self.item=item
  self.before=before
  self.now=now
  self.node=node
  self.finding=finding
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_words, _type_match, _type_season, _type_zh, _type_en, _type_peaks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _dflt_match, _dflt_season, _dflt_zh, _dflt_en, _dflt_peaks, _return_type):
 def __init__(self,*,words:_type_words=_HAS_DEFAULT_FACTORY,match:_type_match=_HAS_DEFAULT_FACTORY,season:_type_season=_dflt_season,zh:_type_zh=_dflt_zh,en:_type_en=_dflt_en,peaks:_type_peaks=_HAS_DEFAULT_FACTORY)->_return_type:
  self.words=_dflt_words() if words is _HAS_DEFAULT_FACTORY else words
  self.match=_dflt_match() if match is _HAS_DEFAULT_FACTORY else match
  self.season=season
  self.zh=zh
  self.en=en
  self.peaks=_dflt_peaks() if peaks is _HAS_DEFAULT_FACTORY else peaks
  self.__post_init__()
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_words, _type_on, _type_type, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _dflt_on, _dflt_type, _return_type):
 def __init__(self,*,words:_type_words=_HAS_DEFAULT_FACTORY,on:_type_on=_dflt_on,type:_type_type=_dflt_type)->_return_type:
  self.words=_dflt_words() if words is _HAS_DEFAULT_FACTORY else words
  self.on=on
  self.type=type
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_words, _type_weight, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _dflt_weight, _return_type):
 def __init__(self,*,words:_type_words=_HAS_DEFAULT_FACTORY,weight:_type_weight=_dflt_weight)->_return_type:
  self.words=_dflt_words() if words is _HAS_DEFAULT_FACTORY else words
  self.weight=weight
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_zh, _type_en, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,*,zh:_type_zh,en:_type_en)->_return_type:
  self.zh=zh
  self.en=en
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_zh, _type_en, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,zh:_type_zh,en:_type_en)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'zh',zh)
  __dataclass_builtins_object__.__setattr__(self,'en',en)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_zh, _type_en, _type_hant, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hant, _return_type):
 def __init__(self,zh:_type_zh,en:_type_en,hant:_type_hant=_dflt_hant)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'zh',zh)
  __dataclass_builtins_object__.__setattr__(self,'en',en)
  __dataclass_builtins_object__.__setattr__(self,'hant',hant)
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(_type_zh, _type_en, _type_match, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_zh, _dflt_en, _dflt_match, _return_type):
 def __init__(self,*,zh:_type_zh=_HAS_DEFAULT_FACTORY,en:_type_en=_HAS_DEFAULT_FACTORY,match:_type_match=_HAS_DEFAULT_FACTORY)->_return_type:
  self.zh=_dflt_zh() if zh is _HAS_DEFAULT_FACTORY else zh
  self.en=_dflt_en() if en is _HAS_DEFAULT_FACTORY else en
  self.match=_dflt_match() if match is _HAS_DEFAULT_FACTORY else match
 return __init__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('child','kind','value','fraction',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('code','block','reason','file','until','source',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('direction','word','worded',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('goal','text','entities','subjects','kind','tight','gate','direction','flow','whole_base','converts','aim','department','units','words',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','template','args',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','kind',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('items','sep','sep_zh',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','every','start','end','measure','better',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('lang','select','ignore','config_path','use_cache','actuals',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('line','source','key','period','value',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','season','zh','en','peaks',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','term',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','start_unit','end','end_unit','words',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','codec','bom',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','kind','names','word',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','metric',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('value','currency',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('value','digits',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('value','unit','scale','unit_text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('value',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('zh','en','hant',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('zh','en',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('child','kind','value','fraction',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('code','block','reason','file','until','source',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('direction','word','worded',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('goal','text','entities','subjects','kind','tight','gate','direction','flow','whole_base','converts','aim','department','units','words',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','template','args',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','kind',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('items','sep','sep_zh',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','every','start','end','measure','better',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lang','select','ignore','config_path','use_cache','actuals',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('line','source','key','period','value',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','season','zh','en','peaks',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','term',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','start_unit','end','end_unit','words',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','codec','bom',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','kind','names','word',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','metric',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value','currency',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value','digits',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value','unit','scale','unit_text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('zh','en','hant',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('zh','en',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


FUNCTIONS.append(__create_fn__)

TEXTS = (
    'def __create_fn__(_type_before, _type_after, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_before, _dflt_after, _return_type):\n def __init__(self,*,before:_type_before=_HAS_DEFAULT_FACTORY,after:_type_after=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.before=_dflt_before() if before is _HAS_DEFAULT_FACTORY else before\n  self.after=_dflt_after() if after is _HAS_DEFAULT_FACTORY else after\n return __init__',
    'def __create_fn__(_type_before, _type_after, _type_multipliers, _type_exclude, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_before, _dflt_after, _dflt_multipliers, _dflt_exclude, _return_type):\n def __init__(self,*,before:_type_before=_HAS_DEFAULT_FACTORY,after:_type_after=_HAS_DEFAULT_FACTORY,multipliers:_type_multipliers=_HAS_DEFAULT_FACTORY,exclude:_type_exclude=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.before=_dflt_before() if before is _HAS_DEFAULT_FACTORY else before\n  self.after=_dflt_after() if after is _HAS_DEFAULT_FACTORY else after\n  self.multipliers=_dflt_multipliers() if multipliers is _HAS_DEFAULT_FACTORY else multipliers\n  self.exclude=_dflt_exclude() if exclude is _HAS_DEFAULT_FACTORY else exclude\n return __init__',
    'def __create_fn__(_type_before, _type_eol, _type_trailing, _type_entries, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_before, _dflt_eol, _dflt_trailing, _dflt_entries, _return_type):\n def __init__(self,before:_type_before=_HAS_DEFAULT_FACTORY,eol:_type_eol=_HAS_DEFAULT_FACTORY,trailing:_type_trailing=_HAS_DEFAULT_FACTORY,entries:_type_entries=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.before=_dflt_before() if before is _HAS_DEFAULT_FACTORY else before\n  self.eol=_dflt_eol() if eol is _HAS_DEFAULT_FACTORY else eol\n  self.trailing=_dflt_trailing() if trailing is _HAS_DEFAULT_FACTORY else trailing\n  self.entries=_dflt_entries() if entries is _HAS_DEFAULT_FACTORY else entries\n return __init__',
    'def __create_fn__(_type_blocks, _type_fields, _type_choices, _type_units, _type_prefixes, _type_scales, _type_comparators, _type_words, _type_placeholders, _type_leading, _type_calendars, _type_phrases, _type_hedges, _type_strategies, _type_dimensions, _type_conflicts, _type_leads, _type_customers, _type_funnel, _type_entities, _type_kinds, _type_metrics, _type_people, _type_softeners, _type_approximators, _type_aims, _type_strategy_names, _type_families, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_blocks, _dflt_fields, _dflt_choices, _dflt_units, _dflt_prefixes, _dflt_scales, _dflt_comparators, _dflt_words, _dflt_placeholders, _dflt_leading, _dflt_calendars, _dflt_phrases, _dflt_hedges, _dflt_strategies, _dflt_dimensions, _dflt_conflicts, _dflt_leads, _dflt_customers, _dflt_funnel, _dflt_entities, _dflt_kinds, _dflt_metrics, _dflt_people, _dflt_softeners, _dflt_approximators, _dflt_aims, _dflt_strategy_names, _dflt_families, _return_type):\n def __init__(self,*,blocks:_type_blocks=_HAS_DEFAULT_FACTORY,fields:_type_fields=_HAS_DEFAULT_FACTORY,choices:_type_choices=_HAS_DEFAULT_FACTORY,units:_type_units=_HAS_DEFAULT_FACTORY,prefixes:_type_prefixes=_HAS_DEFAULT_FACTORY,scales:_type_scales=_HAS_DEFAULT_FACTORY,comparators:_type_comparators=_HAS_DEFAULT_FACTORY,words:_type_words=_HAS_DEFAULT_FACTORY,placeholders:_type_placeholders=_HAS_DEFAULT_FACTORY,leading:_type_leading=_HAS_DEFAULT_FACTORY,calendars:_type_calendars=_HAS_DEFAULT_FACTORY,phrases:_type_phrases=_HAS_DEFAULT_FACTORY,hedges:_type_hedges=_HAS_DEFAULT_FACTORY,strategies:_type_strategies=_HAS_DEFAULT_FACTORY,dimensions:_type_dimensions=_HAS_DEFAULT_FACTORY,conflicts:_type_conflicts=_HAS_DEFAULT_FACTORY,leads:_type_leads=_HAS_DEFAULT_FACTORY,customers:_type_customers=_HAS_DEFAULT_FACTORY,funnel:_type_funnel=_HAS_DEFAULT_FACTORY,entities:_type_entities=_HAS_DEFAULT_FACTORY,kinds:_type_kinds=_HAS_DEFAULT_FACTORY,metrics:_type_metrics=_HAS_DEFAULT_FACTORY,people:_type_people=_HAS_DEFAULT_FACTORY,softeners:_type_softeners=_HAS_DEFAULT_FACTORY,approximators:_type_approximators=_HAS_DEFAULT_FACTORY,aims:_type_aims=_HAS_DEFAULT_FACTORY,strategy_names:_type_strategy_names=_HAS_DEFAULT_FACTORY,families:_type_families=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.blocks=_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks\n  self.fields=_dflt_fields() if fields is _HAS_DEFAULT_FACTORY else fields\n  self.choices=_dflt_choices() if choices is _HAS_DEFAULT_FACTORY else choices\n  self.units=_dflt_units() if units is _HAS_DEFAULT_FACTORY else units\n  self.prefixes=_dflt_prefixes() if prefixes is _HAS_DEFAULT_FACTORY else prefixes\n  self.scales=_dflt_scales() if scales is _HAS_DEFAULT_FACTORY else scales\n  self.comparators=_dflt_comparators() if comparators is _HAS_DEFAULT_FACTORY else comparators\n  self.words=_dflt_words() if words is _HAS_DEFAULT_FACTORY else words\n  self.placeholders=_dflt_placeholders() if placeholders is _HAS_DEFAULT_FACTORY else placeholders\n  self.leading=_dflt_leading() if leading is _HAS_DEFAULT_FACTORY else leading\n  self.calendars=_dflt_calendars() if calendars is _HAS_DEFAULT_FACTORY else calendars\n  self.phrases=_dflt_phrases() if phrases is _HAS_DEFAULT_FACTORY else phrases\n  self.hedges=_dflt_hedges() if hedges is _HAS_DEFAULT_FACTORY else hedges\n  self.strategies=_dflt_strategies() if strategies is _HAS_DEFAULT_FACTORY else strategies\n  self.dimensions=_dflt_dimensions() if dimensions is _HAS_DEFAULT_FACTORY else dimensions\n  self.conflicts=_dflt_conflicts() if conflicts is _HAS_DEFAULT_FACTORY else conflicts\n  self.leads=_dflt_leads() if leads is _HAS_DEFAULT_FACTORY else leads\n  self.customers=_dflt_customers() if customers is _HAS_DEFAULT_FACTORY else customers\n  self.funnel=_dflt_funnel() if funnel is _HAS_DEFAULT_FACTORY else funnel\n  self.entities=_dflt_entities() if entities is _HAS_DEFAULT_FACTORY else entities\n  self.kinds=_dflt_kinds() if kinds is _HAS_DEFAULT_FACTORY else kinds\n  self.metrics=_dflt_metrics() if metrics is _HAS_DEFAULT_FACTORY else metrics\n  self.people=_dflt_people() if people is _HAS_DEFAULT_FACTORY else people\n  self.softeners=_dflt_softeners() if softeners is _HAS_DEFAULT_FACTORY else softeners\n  self.approximators=_dflt_approximators() if approximators is _HAS_DEFAULT_FACTORY else approximators\n  self.aims=_dflt_aims() if aims is _HAS_DEFAULT_FACTORY else aims\n  self.strategy_names=_dflt_strategy_names() if strategy_names is _HAS_DEFAULT_FACTORY else strategy_names\n  self.families=_dflt_families() if families is _HAS_DEFAULT_FACTORY else families\n return __init__',
    "def __create_fn__(_type_child, _type_kind, _type_value, _type_fraction, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,child:_type_child,kind:_type_kind,value:_type_value,fraction:_type_fraction)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'child',child)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'fraction',fraction)\n return __init__",
    "def __create_fn__(_type_code, _type_block, _type_reason, _type_file, _type_until, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_file, _dflt_until, _dflt_source, _return_type):\n def __init__(self,code:_type_code,block:_type_block,reason:_type_reason,file:_type_file=_dflt_file,until:_type_until=_dflt_until,source:_type_source=_dflt_source)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'block',block)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'until',until)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n return __init__",
    'def __create_fn__(_type_codes, _type_line, _type_column, _type_applies_from, _type_applies_to, _type_own_line, _type_end_column, _type_start_column, _type_codes_column, _type_codes_end_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_end_column, _dflt_start_column, _dflt_codes_column, _dflt_codes_end_column, _return_type):\n def __init__(self,*,codes:_type_codes,line:_type_line,column:_type_column,applies_from:_type_applies_from,applies_to:_type_applies_to,own_line:_type_own_line,end_column:_type_end_column=_dflt_end_column,start_column:_type_start_column=_dflt_start_column,codes_column:_type_codes_column=_dflt_codes_column,codes_end_column:_type_codes_end_column=_dflt_codes_end_column)->_return_type:\n  self.codes=codes\n  self.line=line\n  self.column=column\n  self.applies_from=applies_from\n  self.applies_to=applies_to\n  self.own_line=own_line\n  self.end_column=end_column\n  self.start_column=start_column\n  self.codes_column=codes_column\n  self.codes_end_column=codes_end_column\n return __init__',
    'def __create_fn__(_type_codes, _type_line, _type_column, _type_own_line, _type_end_column, _type_start_column, _type_codes_column, _type_codes_end_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_end_column, _dflt_start_column, _dflt_codes_column, _dflt_codes_end_column, _return_type):\n def __init__(self,codes:_type_codes,line:_type_line,column:_type_column,own_line:_type_own_line,end_column:_type_end_column=_dflt_end_column,start_column:_type_start_column=_dflt_start_column,codes_column:_type_codes_column=_dflt_codes_column,codes_end_column:_type_codes_end_column=_dflt_codes_end_column)->_return_type:\n  self.codes=codes\n  self.line=line\n  self.column=column\n  self.own_line=own_line\n  self.end_column=end_column\n  self.start_column=start_column\n  self.codes_column=codes_column\n  self.codes_end_column=codes_end_column\n return __init__',
    'def __create_fn__(_type_config, _type_lang, _type_plugin_errors, _type_extra_rules, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_config, _dflt_lang, _dflt_plugin_errors, _dflt_extra_rules, _return_type):\n def __init__(self,config:_type_config=_HAS_DEFAULT_FACTORY,lang:_type_lang=_dflt_lang,plugin_errors:_type_plugin_errors=_HAS_DEFAULT_FACTORY,extra_rules:_type_extra_rules=_dflt_extra_rules)->_return_type:\n  self.config=_dflt_config() if config is _HAS_DEFAULT_FACTORY else config\n  self.lang=lang\n  self.plugin_errors=_dflt_plugin_errors() if plugin_errors is _HAS_DEFAULT_FACTORY else plugin_errors\n  self.extra_rules=extra_rules\n  self.__post_init__()\n return __init__',
    'def __create_fn__(_type_currency, _type_cap, _type_asked, _type_by_initiative, _type_by_goal, _type_by_department, _type_shares, _type_unattached, _type_foreign, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_asked, _dflt_by_initiative, _dflt_by_goal, _dflt_by_department, _dflt_shares, _dflt_unattached, _dflt_foreign, _return_type):\n def __init__(self,currency:_type_currency,cap:_type_cap,asked:_type_asked=_dflt_asked,by_initiative:_type_by_initiative=_HAS_DEFAULT_FACTORY,by_goal:_type_by_goal=_HAS_DEFAULT_FACTORY,by_department:_type_by_department=_HAS_DEFAULT_FACTORY,shares:_type_shares=_HAS_DEFAULT_FACTORY,unattached:_type_unattached=_dflt_unattached,foreign:_type_foreign=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.currency=currency\n  self.cap=cap\n  self.asked=asked\n  self.by_initiative=_dflt_by_initiative() if by_initiative is _HAS_DEFAULT_FACTORY else by_initiative\n  self.by_goal=_dflt_by_goal() if by_goal is _HAS_DEFAULT_FACTORY else by_goal\n  self.by_department=_dflt_by_department() if by_department is _HAS_DEFAULT_FACTORY else by_department\n  self.shares=_dflt_shares() if shares is _HAS_DEFAULT_FACTORY else shares\n  self.unattached=unattached\n  self.foreign=_dflt_foreign() if foreign is _HAS_DEFAULT_FACTORY else foreign\n return __init__',
    'def __create_fn__(_type_data, _type_notes, _type_lost, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,data:_type_data,notes:_type_notes,lost:_type_lost)->_return_type:\n  self.data=data\n  self.notes=notes\n  self.lost=lost\n return __init__',
    'def __create_fn__(_type_deal_size, _type_conversion, _type_cost_per_lead, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_deal_size, _dflt_conversion, _dflt_cost_per_lead, _return_type):\n def __init__(self,*,deal_size:_type_deal_size=_HAS_DEFAULT_FACTORY,conversion:_type_conversion=_HAS_DEFAULT_FACTORY,cost_per_lead:_type_cost_per_lead=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.deal_size=_dflt_deal_size() if deal_size is _HAS_DEFAULT_FACTORY else deal_size\n  self.conversion=_dflt_conversion() if conversion is _HAS_DEFAULT_FACTORY else conversion\n  self.cost_per_lead=_dflt_cost_per_lead() if cost_per_lead is _HAS_DEFAULT_FACTORY else cost_per_lead\n return __init__',
    "def __create_fn__(_type_direction, _type_word, _type_worded, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,direction:_type_direction,word:_type_word,worded:_type_worded)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'direction',direction)\n  __dataclass_builtins_object__.__setattr__(self,'word',word)\n  __dataclass_builtins_object__.__setattr__(self,'worded',worded)\n return __init__",
    'def __create_fn__(_type_file, _type_company, _type_bu, _type_sub, _type_strategy, _type_initiative, _type_owner, _type_deadline, _type_budget, _type_metric, _type_baseline, _type_target, _type_amount, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_file, _dflt_company, _dflt_bu, _dflt_sub, _dflt_strategy, _dflt_initiative, _dflt_owner, _dflt_deadline, _dflt_budget, _dflt_metric, _dflt_baseline, _dflt_target, _dflt_amount, _return_type):\n def __init__(self,file:_type_file=_HAS_DEFAULT_FACTORY,company:_type_company=_HAS_DEFAULT_FACTORY,bu:_type_bu=_HAS_DEFAULT_FACTORY,sub:_type_sub=_HAS_DEFAULT_FACTORY,strategy:_type_strategy=_HAS_DEFAULT_FACTORY,initiative:_type_initiative=_HAS_DEFAULT_FACTORY,owner:_type_owner=_HAS_DEFAULT_FACTORY,deadline:_type_deadline=_HAS_DEFAULT_FACTORY,budget:_type_budget=_HAS_DEFAULT_FACTORY,metric:_type_metric=_HAS_DEFAULT_FACTORY,baseline:_type_baseline=_HAS_DEFAULT_FACTORY,target:_type_target=_HAS_DEFAULT_FACTORY,amount:_type_amount=_dflt_amount)->_return_type:\n  self.file=_dflt_file() if file is _HAS_DEFAULT_FACTORY else file\n  self.company=_dflt_company() if company is _HAS_DEFAULT_FACTORY else company\n  self.bu=_dflt_bu() if bu is _HAS_DEFAULT_FACTORY else bu\n  self.sub=_dflt_sub() if sub is _HAS_DEFAULT_FACTORY else sub\n  self.strategy=_dflt_strategy() if strategy is _HAS_DEFAULT_FACTORY else strategy\n  self.initiative=_dflt_initiative() if initiative is _HAS_DEFAULT_FACTORY else initiative\n  self.owner=_dflt_owner() if owner is _HAS_DEFAULT_FACTORY else owner\n  self.deadline=_dflt_deadline() if deadline is _HAS_DEFAULT_FACTORY else deadline\n  self.budget=_dflt_budget() if budget is _HAS_DEFAULT_FACTORY else budget\n  self.metric=_dflt_metric() if metric is _HAS_DEFAULT_FACTORY else metric\n  self.baseline=_dflt_baseline() if baseline is _HAS_DEFAULT_FACTORY else baseline\n  self.target=_dflt_target() if target is _HAS_DEFAULT_FACTORY else target\n  self.amount=amount\n return __init__',
    'def __create_fn__(_type_files, _type_texts, _type_root, _type_docs, _type_rules, _type_statistics, _type_quiet, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_files, _dflt_texts, _dflt_root, _dflt_docs, _dflt_rules, _dflt_statistics, _dflt_quiet, _return_type):\n def __init__(self,files:_type_files=_HAS_DEFAULT_FACTORY,texts:_type_texts=_HAS_DEFAULT_FACTORY,root:_type_root=_dflt_root,docs:_type_docs=_dflt_docs,rules:_type_rules=_dflt_rules,statistics:_type_statistics=_dflt_statistics,quiet:_type_quiet=_dflt_quiet)->_return_type:\n  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files\n  self.texts=_dflt_texts() if texts is _HAS_DEFAULT_FACTORY else texts\n  self.root=root\n  self.docs=docs\n  self.rules=rules\n  self.statistics=statistics\n  self.quiet=quiet\n return __init__',
    'def __create_fn__(_type_finding, _type_how, _type_line, _type_configured, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line, _dflt_configured, _return_type):\n def __init__(self,finding:_type_finding,how:_type_how,line:_type_line=_dflt_line,configured:_type_configured=_dflt_configured)->_return_type:\n  self.finding=finding\n  self.how=how\n  self.line=line\n  self.configured=configured\n return __init__',
    'def __create_fn__(_type_first_line, _type_lines, _type_header, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_header, _return_type):\n def __init__(self,first_line:_type_first_line,lines:_type_lines,header:_type_header=_dflt_header)->_return_type:\n  self.first_line=first_line\n  self.lines=lines\n  self.header=header\n return __init__',
    'def __create_fn__(_type_goal, _type_as_of, _type_expected, _type_actual, _type_ratio, _type_status, _type_series, _type_streak, _type_every, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_series, _dflt_streak, _dflt_every, _return_type):\n def __init__(self,goal:_type_goal,as_of:_type_as_of,expected:_type_expected,actual:_type_actual,ratio:_type_ratio,status:_type_status,series:_type_series=_HAS_DEFAULT_FACTORY,streak:_type_streak=_dflt_streak,every:_type_every=_dflt_every)->_return_type:\n  self.goal=goal\n  self.as_of=as_of\n  self.expected=expected\n  self.actual=actual\n  self.ratio=ratio\n  self.status=status\n  self.series=_dflt_series() if series is _HAS_DEFAULT_FACTORY else series\n  self.streak=streak\n  self.every=every\n return __init__',
    'def __create_fn__(_type_goal, _type_target, _type_deal, _type_conversion, _type_cpl, _type_customers_needed, _type_leads_needed, _type_customers_goal, _type_leads_goal, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,goal:_type_goal,target:_type_target,deal:_type_deal,conversion:_type_conversion,cpl:_type_cpl,customers_needed:_type_customers_needed,leads_needed:_type_leads_needed,customers_goal:_type_customers_goal,leads_goal:_type_leads_goal)->_return_type:\n  self.goal=goal\n  self.target=target\n  self.deal=deal\n  self.conversion=conversion\n  self.cpl=cpl\n  self.customers_needed=customers_needed\n  self.leads_needed=leads_needed\n  self.customers_goal=customers_goal\n  self.leads_goal=leads_goal\n return __init__',
    "def __create_fn__(_type_goal, _type_text, _type_entities, _type_subjects, _type_kind, _type_tight, _type_gate, _type_direction, _type_flow, _type_whole_base, _type_converts, _type_aim, _type_department, _type_units, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_entities, _dflt_subjects, _dflt_kind, _dflt_tight, _dflt_gate, _dflt_direction, _dflt_flow, _dflt_whole_base, _dflt_converts, _dflt_aim, _dflt_department, _dflt_units, _dflt_words, _return_type):\n def __init__(self,goal:_type_goal,text:_type_text,entities:_type_entities=_dflt_entities,subjects:_type_subjects=_dflt_subjects,kind:_type_kind=_dflt_kind,tight:_type_tight=_dflt_tight,gate:_type_gate=_dflt_gate,direction:_type_direction=_dflt_direction,flow:_type_flow=_dflt_flow,whole_base:_type_whole_base=_dflt_whole_base,converts:_type_converts=_dflt_converts,aim:_type_aim=_dflt_aim,department:_type_department=_dflt_department,units:_type_units=_dflt_units,words:_type_words=_dflt_words)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'goal',goal)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'entities',entities)\n  __dataclass_builtins_object__.__setattr__(self,'subjects',subjects)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'tight',tight)\n  __dataclass_builtins_object__.__setattr__(self,'gate',gate)\n  __dataclass_builtins_object__.__setattr__(self,'direction',direction)\n  __dataclass_builtins_object__.__setattr__(self,'flow',flow)\n  __dataclass_builtins_object__.__setattr__(self,'whole_base',whole_base)\n  __dataclass_builtins_object__.__setattr__(self,'converts',converts)\n  __dataclass_builtins_object__.__setattr__(self,'aim',aim)\n  __dataclass_builtins_object__.__setattr__(self,'department',department)\n  __dataclass_builtins_object__.__setattr__(self,'units',units)\n  __dataclass_builtins_object__.__setattr__(self,'words',words)\n return __init__",
    'def __create_fn__(_type_groups, _type_group_starts, _type_group_ends, _type_vacancies, _type_roles, _type_plural_roles, _type_functions, _type_separators, _type_conjunctions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_groups, _dflt_group_starts, _dflt_group_ends, _dflt_vacancies, _dflt_roles, _dflt_plural_roles, _dflt_functions, _dflt_separators, _dflt_conjunctions, _return_type):\n def __init__(self,*,groups:_type_groups=_HAS_DEFAULT_FACTORY,group_starts:_type_group_starts=_HAS_DEFAULT_FACTORY,group_ends:_type_group_ends=_HAS_DEFAULT_FACTORY,vacancies:_type_vacancies=_HAS_DEFAULT_FACTORY,roles:_type_roles=_HAS_DEFAULT_FACTORY,plural_roles:_type_plural_roles=_HAS_DEFAULT_FACTORY,functions:_type_functions=_HAS_DEFAULT_FACTORY,separators:_type_separators=_HAS_DEFAULT_FACTORY,conjunctions:_type_conjunctions=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.groups=_dflt_groups() if groups is _HAS_DEFAULT_FACTORY else groups\n  self.group_starts=_dflt_group_starts() if group_starts is _HAS_DEFAULT_FACTORY else group_starts\n  self.group_ends=_dflt_group_ends() if group_ends is _HAS_DEFAULT_FACTORY else group_ends\n  self.vacancies=_dflt_vacancies() if vacancies is _HAS_DEFAULT_FACTORY else vacancies\n  self.roles=_dflt_roles() if roles is _HAS_DEFAULT_FACTORY else roles\n  self.plural_roles=_dflt_plural_roles() if plural_roles is _HAS_DEFAULT_FACTORY else plural_roles\n  self.functions=_dflt_functions() if functions is _HAS_DEFAULT_FACTORY else functions\n  self.separators=_dflt_separators() if separators is _HAS_DEFAULT_FACTORY else separators\n  self.conjunctions=_dflt_conjunctions() if conjunctions is _HAS_DEFAULT_FACTORY else conjunctions\n return __init__',
    'def __create_fn__(_type_holder, _type_what, _type_cap, _type_asked, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,holder:_type_holder,what:_type_what,cap:_type_cap,asked:_type_asked)->_return_type:\n  self.holder=holder\n  self.what=what\n  self.cap=cap\n  self.asked=asked\n return __init__',
    "def __create_fn__(_type_id, _type_template, _type_args, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_args, _return_type):\n def __init__(self,id:_type_id,template:_type_template,args:_type_args=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'template',template)\n  __dataclass_builtins_object__.__setattr__(self,'args',_dflt_args() if args is _HAS_DEFAULT_FACTORY else args)\n return __init__",
    "def __create_fn__(_type_id, _type_title, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_title, _dflt_kind, _return_type):\n def __init__(self,id:_type_id,title:_type_title=_dflt_title,kind:_type_kind=_dflt_kind)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n return __init__",
    "def __create_fn__(_type_items, _type_sep, _type_sep_zh, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sep, _dflt_sep_zh, _return_type):\n def __init__(self,items:_type_items,sep:_type_sep=_dflt_sep,sep_zh:_type_sep_zh=_dflt_sep_zh)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'sep',sep)\n  __dataclass_builtins_object__.__setattr__(self,'sep_zh',sep_zh)\n return __init__",
    'def __create_fn__(_type_key, _type_cache, _type_version, _type_text, _type_plan, _type_problems, _type_error, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cache, _dflt_version, _dflt_text, _dflt_plan, _dflt_problems, _dflt_error, _return_type):\n def __init__(self,key:_type_key,cache:_type_cache=_HAS_DEFAULT_FACTORY,version:_type_version=_dflt_version,text:_type_text=_dflt_text,plan:_type_plan=_dflt_plan,problems:_type_problems=_HAS_DEFAULT_FACTORY,error:_type_error=_dflt_error)->_return_type:\n  self.key=key\n  self.cache=_dflt_cache() if cache is _HAS_DEFAULT_FACTORY else cache\n  self.version=version\n  self.text=text\n  self.plan=plan\n  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems\n  self.error=error\n return __init__',
    'def __create_fn__(_type_key, _type_value, _type_key_span, _type_value_span, _type_period, _type_quantity, _type_target, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_value_span, _dflt_period, _dflt_quantity, _dflt_target, _return_type):\n def __init__(self,*,key:_type_key,value:_type_value,key_span:_type_key_span,value_span:_type_value_span=_dflt_value_span,period:_type_period=_dflt_period,quantity:_type_quantity=_dflt_quantity,target:_type_target=_dflt_target)->_return_type:\n  self.key=key\n  self.value=value\n  self.key_span=key_span\n  self.value_span=value_span\n  self.period=period\n  self.quantity=quantity\n  self.target=target\n return __init__',
    "def __create_fn__(_type_kind, _type_every, _type_start, _type_end, _type_measure, _type_better, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,kind:_type_kind,every:_type_every,start:_type_start,end:_type_end,measure:_type_measure,better:_type_better)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'every',every)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'measure',measure)\n  __dataclass_builtins_object__.__setattr__(self,'better',better)\n return __init__",
    'def __create_fn__(_type_kind, _type_id, _type_title, _type_cell, _type_fields, _type_comments, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fields, _dflt_comments, _return_type):\n def __init__(self,kind:_type_kind,id:_type_id,title:_type_title,cell:_type_cell,fields:_type_fields=_HAS_DEFAULT_FACTORY,comments:_type_comments=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.kind=kind\n  self.id=id\n  self.title=title\n  self.cell=cell\n  self.fields=_dflt_fields() if fields is _HAS_DEFAULT_FACTORY else fields\n  self.comments=_dflt_comments() if comments is _HAS_DEFAULT_FACTORY else comments\n return __init__',
    'def __create_fn__(_type_kind, _type_id, _type_title, _type_span, _type_header_span, _type_id_span, _type_title_span, _type_fields, _type_owner, _type_note, _type_budget, _type_unreadable, _type_path, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id, _dflt_title, _dflt_id_span, _dflt_title_span, _dflt_fields, _dflt_owner, _dflt_note, _dflt_budget, _dflt_unreadable, _dflt_path, _return_type):\n def __init__(self,*,kind:_type_kind,id:_type_id=_dflt_id,title:_type_title=_dflt_title,span:_type_span,header_span:_type_header_span,id_span:_type_id_span=_dflt_id_span,title_span:_type_title_span=_dflt_title_span,fields:_type_fields=_HAS_DEFAULT_FACTORY,owner:_type_owner=_dflt_owner,note:_type_note=_dflt_note,budget:_type_budget=_dflt_budget,unreadable:_type_unreadable=_dflt_unreadable,path:_type_path=_dflt_path)->_return_type:\n  self.kind=kind\n  self.id=id\n  self.title=title\n  self.span=span\n  self.header_span=header_span\n  self.id_span=id_span\n  self.title_span=title_span\n  self.fields=_dflt_fields() if fields is _HAS_DEFAULT_FACTORY else fields\n  self.owner=owner\n  self.note=note\n  self.budget=budget\n  self.unreadable=unreadable\n  self.path=path\n return __init__',
    'def __create_fn__(_type_kind, _type_id, _type_title, _type_span, _type_header_span, _type_id_span, _type_title_span, _type_fields, _type_owner, _type_note, _type_budget, _type_unreadable, _type_path, _type_members, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id, _dflt_title, _dflt_id_span, _dflt_title_span, _dflt_fields, _dflt_owner, _dflt_note, _dflt_budget, _dflt_unreadable, _dflt_path, _dflt_members, _return_type):\n def __init__(self,*,kind:_type_kind,id:_type_id=_dflt_id,title:_type_title=_dflt_title,span:_type_span,header_span:_type_header_span,id_span:_type_id_span=_dflt_id_span,title_span:_type_title_span=_dflt_title_span,fields:_type_fields=_HAS_DEFAULT_FACTORY,owner:_type_owner=_dflt_owner,note:_type_note=_dflt_note,budget:_type_budget=_dflt_budget,unreadable:_type_unreadable=_dflt_unreadable,path:_type_path=_dflt_path,members:_type_members=_dflt_members)->_return_type:\n  self.kind=kind\n  self.id=id\n  self.title=title\n  self.span=span\n  self.header_span=header_span\n  self.id_span=id_span\n  self.title_span=title_span\n  self.fields=_dflt_fields() if fields is _HAS_DEFAULT_FACTORY else fields\n  self.owner=owner\n  self.note=note\n  self.budget=budget\n  self.unreadable=unreadable\n  self.path=path\n  self.members=members\n return __init__',
    'def __create_fn__(_type_kind, _type_id, _type_title, _type_span, _type_header_span, _type_id_span, _type_title_span, _type_fields, _type_owner, _type_note, _type_budget, _type_unreadable, _type_path, _type_parent, _type_level, _type_dimension, _type_relevance, _type_review, _type_department, _type_collaborators, _type_contributes, _type_metric, _type_baseline, _type_baseline_as_of, _type_target, _type_deadline, _type_leading, _type_definition, _type_split, _type_assume, _type_history, _type_actual, _type_actual_as_of, _type_actuals, _type_milestones, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id, _dflt_title, _dflt_id_span, _dflt_title_span, _dflt_fields, _dflt_owner, _dflt_note, _dflt_budget, _dflt_unreadable, _dflt_path, _dflt_parent, _dflt_level, _dflt_dimension, _dflt_relevance, _dflt_review, _dflt_department, _dflt_collaborators, _dflt_contributes, _dflt_metric, _dflt_baseline, _dflt_baseline_as_of, _dflt_target, _dflt_deadline, _dflt_leading, _dflt_definition, _dflt_split, _dflt_assume, _dflt_history, _dflt_actual, _dflt_actual_as_of, _dflt_actuals, _dflt_milestones, _return_type):\n def __init__(self,*,kind:_type_kind,id:_type_id=_dflt_id,title:_type_title=_dflt_title,span:_type_span,header_span:_type_header_span,id_span:_type_id_span=_dflt_id_span,title_span:_type_title_span=_dflt_title_span,fields:_type_fields=_HAS_DEFAULT_FACTORY,owner:_type_owner=_dflt_owner,note:_type_note=_dflt_note,budget:_type_budget=_dflt_budget,unreadable:_type_unreadable=_dflt_unreadable,path:_type_path=_dflt_path,parent:_type_parent=_dflt_parent,level:_type_level=_dflt_level,dimension:_type_dimension=_dflt_dimension,relevance:_type_relevance=_dflt_relevance,review:_type_review=_dflt_review,department:_type_department=_dflt_department,collaborators:_type_collaborators=_dflt_collaborators,contributes:_type_contributes=_dflt_contributes,metric:_type_metric=_dflt_metric,baseline:_type_baseline=_dflt_baseline,baseline_as_of:_type_baseline_as_of=_dflt_baseline_as_of,target:_type_target=_dflt_target,deadline:_type_deadline=_dflt_deadline,leading:_type_leading=_dflt_leading,definition:_type_definition=_dflt_definition,split:_type_split=_dflt_split,assume:_type_assume=_dflt_assume,history:_type_history=_dflt_history,actual:_type_actual=_dflt_actual,actual_as_of:_type_actual_as_of=_dflt_actual_as_of,actuals:_type_actuals=_dflt_actuals,milestones:_type_milestones=_dflt_milestones)->_return_type:\n  self.kind=kind\n  self.id=id\n  self.title=title\n  self.span=span\n  self.header_span=header_span\n  self.id_span=id_span\n  self.title_span=title_span\n  self.fields=_dflt_fields() if fields is _HAS_DEFAULT_FACTORY else fields\n  self.owner=owner\n  self.note=note\n  self.budget=budget\n  self.unreadable=unreadable\n  self.path=path\n  self.parent=parent\n  self.level=level\n  self.dimension=dimension\n  self.relevance=relevance\n  self.review=review\n  self.department=department\n  self.collaborators=collaborators\n  self.contributes=contributes\n  self.metric=metric\n  self.baseline=baseline\n  self.baseline_as_of=baseline_as_of\n  self.target=target\n  self.deadline=deadline\n  self.leading=leading\n  self.definition=definition\n  self.split=split\n  self.assume=assume\n  self.history=history\n  self.actual=actual\n  self.actual_as_of=actual_as_of\n  self.actuals=actuals\n  self.milestones=milestones\n return __init__',
    'def __create_fn__(_type_kind, _type_id, _type_title, _type_span, _type_header_span, _type_id_span, _type_title_span, _type_fields, _type_owner, _type_note, _type_budget, _type_unreadable, _type_path, _type_period, _type_currency, _type_market, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id, _dflt_title, _dflt_id_span, _dflt_title_span, _dflt_fields, _dflt_owner, _dflt_note, _dflt_budget, _dflt_unreadable, _dflt_path, _dflt_period, _dflt_currency, _dflt_market, _return_type):\n def __init__(self,*,kind:_type_kind,id:_type_id=_dflt_id,title:_type_title=_dflt_title,span:_type_span,header_span:_type_header_span,id_span:_type_id_span=_dflt_id_span,title_span:_type_title_span=_dflt_title_span,fields:_type_fields=_HAS_DEFAULT_FACTORY,owner:_type_owner=_dflt_owner,note:_type_note=_dflt_note,budget:_type_budget=_dflt_budget,unreadable:_type_unreadable=_dflt_unreadable,path:_type_path=_dflt_path,period:_type_period=_dflt_period,currency:_type_currency=_dflt_currency,market:_type_market=_dflt_market)->_return_type:\n  self.kind=kind\n  self.id=id\n  self.title=title\n  self.span=span\n  self.header_span=header_span\n  self.id_span=id_span\n  self.title_span=title_span\n  self.fields=_dflt_fields() if fields is _HAS_DEFAULT_FACTORY else fields\n  self.owner=owner\n  self.note=note\n  self.budget=budget\n  self.unreadable=unreadable\n  self.path=path\n  self.period=period\n  self.currency=currency\n  self.market=market\n return __init__',
    'def __create_fn__(_type_kind, _type_id, _type_title, _type_span, _type_header_span, _type_id_span, _type_title_span, _type_fields, _type_owner, _type_note, _type_budget, _type_unreadable, _type_path, _type_supports, _type_strategy, _type_department, _type_collaborators, _type_window, _type_measures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id, _dflt_title, _dflt_id_span, _dflt_title_span, _dflt_fields, _dflt_owner, _dflt_note, _dflt_budget, _dflt_unreadable, _dflt_path, _dflt_supports, _dflt_strategy, _dflt_department, _dflt_collaborators, _dflt_window, _dflt_measures, _return_type):\n def __init__(self,*,kind:_type_kind,id:_type_id=_dflt_id,title:_type_title=_dflt_title,span:_type_span,header_span:_type_header_span,id_span:_type_id_span=_dflt_id_span,title_span:_type_title_span=_dflt_title_span,fields:_type_fields=_HAS_DEFAULT_FACTORY,owner:_type_owner=_dflt_owner,note:_type_note=_dflt_note,budget:_type_budget=_dflt_budget,unreadable:_type_unreadable=_dflt_unreadable,path:_type_path=_dflt_path,supports:_type_supports=_dflt_supports,strategy:_type_strategy=_dflt_strategy,department:_type_department=_dflt_department,collaborators:_type_collaborators=_dflt_collaborators,window:_type_window=_dflt_window,measures:_type_measures=_dflt_measures)->_return_type:\n  self.kind=kind\n  self.id=id\n  self.title=title\n  self.span=span\n  self.header_span=header_span\n  self.id_span=id_span\n  self.title_span=title_span\n  self.fields=_dflt_fields() if fields is _HAS_DEFAULT_FACTORY else fields\n  self.owner=owner\n  self.note=note\n  self.budget=budget\n  self.unreadable=unreadable\n  self.path=path\n  self.supports=supports\n  self.strategy=strategy\n  self.department=department\n  self.collaborators=collaborators\n  self.window=window\n  self.measures=measures\n return __init__',
    'def __create_fn__(_type_kind, _type_match, _type_tight, _type_gate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tight, _dflt_gate, _return_type):\n def __init__(self,*,kind:_type_kind,match:_type_match,tight:_type_tight=_dflt_tight,gate:_type_gate=_dflt_gate)->_return_type:\n  self.kind=kind\n  self.match=match\n  self.tight=tight\n  self.gate=gate\n return __init__',
    'def __create_fn__(_type_kind, _type_name, _type_plan, _type_doc, _type_expect, _type_fixed, _type_config, _type_lang, _type_snippet, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_doc, _dflt_expect, _dflt_fixed, _dflt_config, _dflt_lang, _dflt_snippet, _return_type):\n def __init__(self,kind:_type_kind,name:_type_name,plan:_type_plan,doc:_type_doc=_dflt_doc,expect:_type_expect=_HAS_DEFAULT_FACTORY,fixed:_type_fixed=_dflt_fixed,config:_type_config=_HAS_DEFAULT_FACTORY,lang:_type_lang=_dflt_lang,snippet:_type_snippet=_dflt_snippet)->_return_type:\n  self.kind=kind\n  self.name=name\n  self.plan=plan\n  self.doc=doc\n  self.expect=_dflt_expect() if expect is _HAS_DEFAULT_FACTORY else expect\n  self.fixed=fixed\n  self.config=_dflt_config() if config is _HAS_DEFAULT_FACTORY else config\n  self.lang=lang\n  self.snippet=snippet\n return __init__',
    'def __create_fn__(_type_lang, _type_packs, _type_options, _type_locale, _type_currency, _type_facts, _type_used_suppressions, _type_scratch, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_locale, _dflt_currency, _dflt_facts, _dflt_used_suppressions, _dflt_scratch, _return_type):\n def __init__(self,lang:_type_lang,packs:_type_packs,options:_type_options,locale:_type_locale=_dflt_locale,currency:_type_currency=_dflt_currency,facts:_type_facts=_dflt_facts,used_suppressions:_type_used_suppressions=_dflt_used_suppressions,scratch:_type_scratch=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.lang=lang\n  self.packs=packs\n  self.options=options\n  self.locale=locale\n  self.currency=currency\n  self.facts=facts\n  self.used_suppressions=used_suppressions\n  self.scratch=_dflt_scratch() if scratch is _HAS_DEFAULT_FACTORY else scratch\n  self.__post_init__()\n return __init__',
    "def __create_fn__(_type_lang, _type_select, _type_ignore, _type_config_path, _type_use_cache, _type_actuals, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lang, _dflt_select, _dflt_ignore, _dflt_config_path, _dflt_use_cache, _dflt_actuals, _return_type):\n def __init__(self,lang:_type_lang=_dflt_lang,select:_type_select=_dflt_select,ignore:_type_ignore=_dflt_ignore,config_path:_type_config_path=_dflt_config_path,use_cache:_type_use_cache=_dflt_use_cache,actuals:_type_actuals=_dflt_actuals)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n  __dataclass_builtins_object__.__setattr__(self,'select',select)\n  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)\n  __dataclass_builtins_object__.__setattr__(self,'config_path',config_path)\n  __dataclass_builtins_object__.__setattr__(self,'use_cache',use_cache)\n  __dataclass_builtins_object__.__setattr__(self,'actuals',actuals)\n return __init__",
    'def __create_fn__(_type_line, _type_column, _type_message, _type_end_line, _type_end_column, _type_severity, _type_text, _type_fix, _type_applicability, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_end_line, _dflt_end_column, _dflt_severity, _dflt_text, _dflt_fix, _dflt_applicability, _return_type):\n def __init__(self,line:_type_line,column:_type_column,message:_type_message,end_line:_type_end_line=_dflt_end_line,end_column:_type_end_column=_dflt_end_column,severity:_type_severity=_dflt_severity,text:_type_text=_dflt_text,fix:_type_fix=_dflt_fix,applicability:_type_applicability=_dflt_applicability)->_return_type:\n  self.line=line\n  self.column=column\n  self.message=message\n  self.end_line=end_line\n  self.end_column=end_column\n  self.severity=severity\n  self.text=text\n  self.fix=fix\n  self.applicability=applicability\n return __init__',
    "def __create_fn__(_type_line, _type_source, _type_key, _type_period, _type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,line:_type_line,source:_type_source,key:_type_key,period:_type_period,value:_type_value)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'period',period)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n return __init__",
    'def __create_fn__(_type_match, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,match:_type_match)->_return_type:\n  self.match=match\n return __init__',
    'def __create_fn__(_type_match, _type_exclude, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_exclude, _return_type):\n def __init__(self,*,match:_type_match,exclude:_type_exclude=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.match=match\n  self.exclude=_dflt_exclude() if exclude is _HAS_DEFAULT_FACTORY else exclude\n return __init__',
    'def __create_fn__(_type_match, _type_fits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,match:_type_match,fits:_type_fits)->_return_type:\n  self.match=match\n  self.fits=fits\n return __init__',
    'def __create_fn__(_type_match, _type_metric_zh, _type_metric_en, _type_rewrite_zh, _type_rewrite_en, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,match:_type_match,metric_zh:_type_metric_zh,metric_en:_type_metric_en,rewrite_zh:_type_rewrite_zh,rewrite_en:_type_rewrite_en)->_return_type:\n  self.match=match\n  self.metric_zh=metric_zh\n  self.metric_en=metric_en\n  self.rewrite_zh=rewrite_zh\n  self.rewrite_en=rewrite_en\n return __init__',
    'def __create_fn__(_type_members, _type_findings, _type_linter, _type_plan, _type_revisions, _type_error, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_error, _return_type):\n def __init__(self,members:_type_members,findings:_type_findings,linter:_type_linter,plan:_type_plan,revisions:_type_revisions,error:_type_error=_dflt_error)->_return_type:\n  self.members=members\n  self.findings=findings\n  self.linter=linter\n  self.plan=plan\n  self.revisions=revisions\n  self.error=error\n return __init__',
    'def __create_fn__(_type_meta, _type_name, _type_key, _type_header, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_meta, _dflt_name, _dflt_key, _dflt_header, _return_type):\n def __init__(self,meta:_type_meta=_dflt_meta,name:_type_name=_dflt_name,key:_type_key=_dflt_key,header:_type_header=_dflt_header)->_return_type:\n  self.meta=meta\n  self.name=name\n  self.key=key\n  self.header=header\n return __init__',
    'def __create_fn__(_type_month, _type_day, _type_zh, _type_en, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,month:_type_month,day:_type_day,zh:_type_zh,en:_type_en)->_return_type:\n  self.month=month\n  self.day=day\n  self.zh=zh\n  self.en=en\n  self.__post_init__()\n return __init__',
    "def __create_fn__(_type_name, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n return __init__",
    'def __create_fn__(_type_name, _type_a, _type_b, _type_agree_zh, _type_agree_en, _type_scope, _type_cross_department, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_scope, _dflt_cross_department, _return_type):\n def __init__(self,*,name:_type_name,a:_type_a,b:_type_b,agree_zh:_type_agree_zh,agree_en:_type_agree_en,scope:_type_scope=_dflt_scope,cross_department:_type_cross_department=_dflt_cross_department)->_return_type:\n  self.name=name\n  self.a=a\n  self.b=b\n  self.agree_zh=agree_zh\n  self.agree_en=agree_en\n  self.scope=scope\n  self.cross_department=cross_department\n return __init__',
    "def __create_fn__(_type_name, _type_season, _type_zh, _type_en, _type_peaks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_peaks, _return_type):\n def __init__(self,name:_type_name,season:_type_season,zh:_type_zh,en:_type_en,peaks:_type_peaks=_dflt_peaks)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'season',season)\n  __dataclass_builtins_object__.__setattr__(self,'zh',zh)\n  __dataclass_builtins_object__.__setattr__(self,'en',en)\n  __dataclass_builtins_object__.__setattr__(self,'peaks',peaks)\n return __init__",
    'def __create_fn__(_type_name_zh, _type_name_en, _type_match, _type_stage, _type_flow, _type_into, _type_agree_zh, _type_agree_en, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_stage, _dflt_flow, _dflt_into, _dflt_agree_zh, _dflt_agree_en, _return_type):\n def __init__(self,*,name_zh:_type_name_zh,name_en:_type_name_en,match:_type_match,stage:_type_stage=_dflt_stage,flow:_type_flow=_dflt_flow,into:_type_into=_HAS_DEFAULT_FACTORY,agree_zh:_type_agree_zh=_dflt_agree_zh,agree_en:_type_agree_en=_dflt_agree_en)->_return_type:\n  self.name_zh=name_zh\n  self.name_en=name_en\n  self.match=match\n  self.stage=stage\n  self.flow=flow\n  self.into=_dflt_into() if into is _HAS_DEFAULT_FACTORY else into\n  self.agree_zh=agree_zh\n  self.agree_en=agree_en\n return __init__',
    'def __create_fn__(_type_name_zh, _type_name_en, _type_match, _type_strategies, _type_dimensions, _type_priority, _type_example_zh, _type_example_en, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_dimensions, _dflt_priority, _dflt_example_zh, _dflt_example_en, _return_type):\n def __init__(self,*,name_zh:_type_name_zh,name_en:_type_name_en,match:_type_match,strategies:_type_strategies,dimensions:_type_dimensions=_HAS_DEFAULT_FACTORY,priority:_type_priority=_dflt_priority,example_zh:_type_example_zh=_dflt_example_zh,example_en:_type_example_en=_dflt_example_en)->_return_type:\n  self.name_zh=name_zh\n  self.name_en=name_en\n  self.match=match\n  self.strategies=strategies\n  self.dimensions=_dflt_dimensions() if dimensions is _HAS_DEFAULT_FACTORY else dimensions\n  self.priority=priority\n  self.example_zh=example_zh\n  self.example_en=example_en\n return __init__',
    'def __create_fn__(_type_new, _type_qualifiers, _type_whole_base, _type_cohort, _type_duration_units, _type_score_units, _type_directions, _type_tighten_zh, _type_tighten_en, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_new, _dflt_qualifiers, _dflt_whole_base, _dflt_cohort, _dflt_duration_units, _dflt_score_units, _dflt_directions, _dflt_tighten_zh, _dflt_tighten_en, _return_type):\n def __init__(self,*,new:_type_new=_HAS_DEFAULT_FACTORY,qualifiers:_type_qualifiers=_HAS_DEFAULT_FACTORY,whole_base:_type_whole_base=_HAS_DEFAULT_FACTORY,cohort:_type_cohort=_HAS_DEFAULT_FACTORY,duration_units:_type_duration_units=_HAS_DEFAULT_FACTORY,score_units:_type_score_units=_HAS_DEFAULT_FACTORY,directions:_type_directions=_HAS_DEFAULT_FACTORY,tighten_zh:_type_tighten_zh=_HAS_DEFAULT_FACTORY,tighten_en:_type_tighten_en=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.new=_dflt_new() if new is _HAS_DEFAULT_FACTORY else new\n  self.qualifiers=_dflt_qualifiers() if qualifiers is _HAS_DEFAULT_FACTORY else qualifiers\n  self.whole_base=_dflt_whole_base() if whole_base is _HAS_DEFAULT_FACTORY else whole_base\n  self.cohort=_dflt_cohort() if cohort is _HAS_DEFAULT_FACTORY else cohort\n  self.duration_units=_dflt_duration_units() if duration_units is _HAS_DEFAULT_FACTORY else duration_units\n  self.score_units=_dflt_score_units() if score_units is _HAS_DEFAULT_FACTORY else score_units\n  self.directions=_dflt_directions() if directions is _HAS_DEFAULT_FACTORY else directions\n  self.tighten_zh=_dflt_tighten_zh() if tighten_zh is _HAS_DEFAULT_FACTORY else tighten_zh\n  self.tighten_en=_dflt_tighten_en() if tighten_en is _HAS_DEFAULT_FACTORY else tighten_en\n return __init__',
    'def __create_fn__(_type_node, _type_field, _type_text, _type_line, _type_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,node:_type_node,field:_type_field,text:_type_text,line:_type_line,column:_type_column)->_return_type:\n  self.node=node\n  self.field=field\n  self.text=text\n  self.line=line\n  self.column=column\n return __init__',
    'def __create_fn__(_type_node, _type_problems, _type_moves, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_moves, _return_type):\n def __init__(self,node:_type_node,problems:_type_problems=_HAS_DEFAULT_FACTORY,moves:_type_moves=_dflt_moves)->_return_type:\n  self.node=node\n  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems\n  self.moves=moves\n return __init__',
    'def __create_fn__(_type_path, _type_before, _type_after, _type_applied, _type_broken, _type_findings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_applied, _dflt_broken, _dflt_findings, _return_type):\n def __init__(self,path:_type_path,before:_type_before,after:_type_after,applied:_type_applied=_HAS_DEFAULT_FACTORY,broken:_type_broken=_HAS_DEFAULT_FACTORY,findings:_type_findings=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.path=path\n  self.before=before\n  self.after=after\n  self.applied=_dflt_applied() if applied is _HAS_DEFAULT_FACTORY else applied\n  self.broken=_dflt_broken() if broken is _HAS_DEFAULT_FACTORY else broken\n  self.findings=_dflt_findings() if findings is _HAS_DEFAULT_FACTORY else findings\n return __init__',
    'def __create_fn__(_type_path, _type_findings, _type_error, _type_fail_on, _type_lang, _type_notes, _type_cause, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_findings, _dflt_error, _dflt_fail_on, _dflt_lang, _dflt_notes, _dflt_cause, _return_type):\n def __init__(self,path:_type_path,findings:_type_findings=_HAS_DEFAULT_FACTORY,error:_type_error=_dflt_error,fail_on:_type_fail_on=_dflt_fail_on,lang:_type_lang=_dflt_lang,notes:_type_notes=_HAS_DEFAULT_FACTORY,cause:_type_cause=_dflt_cause)->_return_type:\n  self.path=path\n  self.findings=_dflt_findings() if findings is _HAS_DEFAULT_FACTORY else findings\n  self.error=error\n  self.fail_on=fail_on\n  self.lang=lang\n  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes\n  self.cause=cause\n return __init__',
    'def __create_fn__(_type_path, _type_lang, _type_locale, _type_meta, _type_teams, _type_goals, _type_initiatives, _type_directives, _type_line_count, _type_language, _type__index, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_path, _dflt_lang, _dflt_locale, _dflt_meta, _dflt_teams, _dflt_goals, _dflt_initiatives, _dflt_directives, _dflt_line_count, _dflt_language, _dflt__index, _return_type):\n def __init__(self,*,path:_type_path=_dflt_path,lang:_type_lang=_dflt_lang,locale:_type_locale=_dflt_locale,meta:_type_meta=_dflt_meta,teams:_type_teams=_HAS_DEFAULT_FACTORY,goals:_type_goals=_HAS_DEFAULT_FACTORY,initiatives:_type_initiatives=_HAS_DEFAULT_FACTORY,directives:_type_directives=_HAS_DEFAULT_FACTORY,line_count:_type_line_count=_dflt_line_count,language:_type_language=_dflt_language,_index:_type__index=_dflt__index)->_return_type:\n  self.path=path\n  self.lang=lang\n  self.locale=locale\n  self.meta=meta\n  self.teams=_dflt_teams() if teams is _HAS_DEFAULT_FACTORY else teams\n  self.goals=_dflt_goals() if goals is _HAS_DEFAULT_FACTORY else goals\n  self.initiatives=_dflt_initiatives() if initiatives is _HAS_DEFAULT_FACTORY else initiatives\n  self.directives=_dflt_directives() if directives is _HAS_DEFAULT_FACTORY else directives\n  self.line_count=line_count\n  self.language=language\n  self._index=_index\n return __init__',
    'def __create_fn__(_type_path, _type_line, _type_column, _type_end_line, _type_end_column, _type_code, _type_category, _type_severity, _type_msg, _type_fix_msg, _type_edits, _type_rule, _type_locale, _type_applicability, _type_blocks_signoff, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fix_msg, _dflt_edits, _dflt_rule, _dflt_locale, _dflt_applicability, _dflt_blocks_signoff, _return_type):\n def __init__(self,path:_type_path,line:_type_line,column:_type_column,end_line:_type_end_line,end_column:_type_end_column,code:_type_code,category:_type_category,severity:_type_severity,msg:_type_msg,fix_msg:_type_fix_msg=_dflt_fix_msg,edits:_type_edits=_HAS_DEFAULT_FACTORY,rule:_type_rule=_dflt_rule,locale:_type_locale=_dflt_locale,applicability:_type_applicability=_dflt_applicability,blocks_signoff:_type_blocks_signoff=_dflt_blocks_signoff)->_return_type:\n  self.path=path\n  self.line=line\n  self.column=column\n  self.end_line=end_line\n  self.end_column=end_column\n  self.code=code\n  self.category=category\n  self.severity=severity\n  self.msg=msg\n  self.fix_msg=fix_msg\n  self.edits=_dflt_edits() if edits is _HAS_DEFAULT_FACTORY else edits\n  self.rule=rule\n  self.locale=locale\n  self.applicability=applicability\n  self.blocks_signoff=blocks_signoff\n return __init__',
    'def __create_fn__(_type_period, _type_value, _type_span, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_span, _dflt_source, _return_type):\n def __init__(self,*,period:_type_period,value:_type_value,span:_type_span=_dflt_span,source:_type_source=_dflt_source)->_return_type:\n  self.period=period\n  self.value=value\n  self.span=span\n  self.source=source\n return __init__',
    'def __create_fn__(_type_plan, _type_findings, _type_locale, _type_decision, _type_budget, _type_plans, _type_rows, _type_tree, _type_by_goal, _type_by_dept, _type_by_initiative, _type_shares, _type_groups, _type_allocation, _type_progress, _type_changes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_plans, _dflt_rows, _dflt_tree, _dflt_by_goal, _dflt_by_dept, _dflt_by_initiative, _dflt_shares, _dflt_groups, _dflt_allocation, _dflt_progress, _dflt_changes, _return_type):\n def __init__(self,plan:_type_plan,findings:_type_findings,locale:_type_locale,decision:_type_decision,budget:_type_budget,plans:_type_plans=_HAS_DEFAULT_FACTORY,rows:_type_rows=_HAS_DEFAULT_FACTORY,tree:_type_tree=_HAS_DEFAULT_FACTORY,by_goal:_type_by_goal=_HAS_DEFAULT_FACTORY,by_dept:_type_by_dept=_HAS_DEFAULT_FACTORY,by_initiative:_type_by_initiative=_HAS_DEFAULT_FACTORY,shares:_type_shares=_HAS_DEFAULT_FACTORY,groups:_type_groups=_HAS_DEFAULT_FACTORY,allocation:_type_allocation=_HAS_DEFAULT_FACTORY,progress:_type_progress=_HAS_DEFAULT_FACTORY,changes:_type_changes=_dflt_changes)->_return_type:\n  self.plan=plan\n  self.findings=findings\n  self.locale=locale\n  self.decision=decision\n  self.budget=budget\n  self.plans=_dflt_plans() if plans is _HAS_DEFAULT_FACTORY else plans\n  self.rows=_dflt_rows() if rows is _HAS_DEFAULT_FACTORY else rows\n  self.tree=_dflt_tree() if tree is _HAS_DEFAULT_FACTORY else tree\n  self.by_goal=_dflt_by_goal() if by_goal is _HAS_DEFAULT_FACTORY else by_goal\n  self.by_dept=_dflt_by_dept() if by_dept is _HAS_DEFAULT_FACTORY else by_dept\n  self.by_initiative=_dflt_by_initiative() if by_initiative is _HAS_DEFAULT_FACTORY else by_initiative\n  self.shares=_dflt_shares() if shares is _HAS_DEFAULT_FACTORY else shares\n  self.groups=_dflt_groups() if groups is _HAS_DEFAULT_FACTORY else groups\n  self.allocation=_dflt_allocation() if allocation is _HAS_DEFAULT_FACTORY else allocation\n  self.progress=_dflt_progress() if progress is _HAS_DEFAULT_FACTORY else progress\n  self.changes=changes\n  self.__post_init__()\n return __init__',
    'def __create_fn__(_type_plan, _type_strict, _type_empty, _type_stops, _type_checks, _type_waivers, _type_unused, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_empty, _dflt_stops, _dflt_checks, _dflt_waivers, _dflt_unused, _return_type):\n def __init__(self,plan:_type_plan,strict:_type_strict,empty:_type_empty=_HAS_DEFAULT_FACTORY,stops:_type_stops=_HAS_DEFAULT_FACTORY,checks:_type_checks=_HAS_DEFAULT_FACTORY,waivers:_type_waivers=_HAS_DEFAULT_FACTORY,unused:_type_unused=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.plan=plan\n  self.strict=strict\n  self.empty=_dflt_empty() if empty is _HAS_DEFAULT_FACTORY else empty\n  self.stops=_dflt_stops() if stops is _HAS_DEFAULT_FACTORY else stops\n  self.checks=_dflt_checks() if checks is _HAS_DEFAULT_FACTORY else checks\n  self.waivers=_dflt_waivers() if waivers is _HAS_DEFAULT_FACTORY else waivers\n  self.unused=_dflt_unused() if unused is _HAS_DEFAULT_FACTORY else unused\n return __init__',
    'def __create_fn__(_type_plan_ref, _type_packs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_packs, _return_type):\n def __init__(self,plan_ref:_type_plan_ref,packs:_type_packs=_dflt_packs)->_return_type:\n  self.plan_ref=plan_ref\n  self.packs=packs\n return __init__',
    'def __create_fn__(_type_plans, _type_plan, _type_findings, _type_linter, _type_requested, _type_waived, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_waived, _return_type):\n def __init__(self,plans:_type_plans,plan:_type_plan,findings:_type_findings,linter:_type_linter,requested:_type_requested,waived:_type_waived=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.plans=plans\n  self.plan=plan\n  self.findings=findings\n  self.linter=linter\n  self.requested=requested\n  self.waived=_dflt_waived() if waived is _HAS_DEFAULT_FACTORY else waived\n return __init__',
    'def __create_fn__(_type_ranges, _type_as_of, _type_before, _type_arrows, _type_by, _type_no_cadence, _type_target_verbs, _type_target_verb_ends, _type_about, _type_local_money, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ranges, _dflt_as_of, _dflt_before, _dflt_arrows, _dflt_by, _dflt_no_cadence, _dflt_target_verbs, _dflt_target_verb_ends, _dflt_about, _dflt_local_money, _return_type):\n def __init__(self,*,ranges:_type_ranges=_HAS_DEFAULT_FACTORY,as_of:_type_as_of=_HAS_DEFAULT_FACTORY,before:_type_before=_HAS_DEFAULT_FACTORY,arrows:_type_arrows=_HAS_DEFAULT_FACTORY,by:_type_by=_HAS_DEFAULT_FACTORY,no_cadence:_type_no_cadence=_HAS_DEFAULT_FACTORY,target_verbs:_type_target_verbs=_HAS_DEFAULT_FACTORY,target_verb_ends:_type_target_verb_ends=_HAS_DEFAULT_FACTORY,about:_type_about=_HAS_DEFAULT_FACTORY,local_money:_type_local_money=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.ranges=_dflt_ranges() if ranges is _HAS_DEFAULT_FACTORY else ranges\n  self.as_of=_dflt_as_of() if as_of is _HAS_DEFAULT_FACTORY else as_of\n  self.before=_dflt_before() if before is _HAS_DEFAULT_FACTORY else before\n  self.arrows=_dflt_arrows() if arrows is _HAS_DEFAULT_FACTORY else arrows\n  self.by=_dflt_by() if by is _HAS_DEFAULT_FACTORY else by\n  self.no_cadence=_dflt_no_cadence() if no_cadence is _HAS_DEFAULT_FACTORY else no_cadence\n  self.target_verbs=_dflt_target_verbs() if target_verbs is _HAS_DEFAULT_FACTORY else target_verbs\n  self.target_verb_ends=_dflt_target_verb_ends() if target_verb_ends is _HAS_DEFAULT_FACTORY else target_verb_ends\n  self.about=_dflt_about() if about is _HAS_DEFAULT_FACTORY else about\n  self.local_money=_dflt_local_money() if local_money is _HAS_DEFAULT_FACTORY else local_money\n return __init__',
    'def __create_fn__(_type_sheet, _type_cells, _type_filled, _type_problems, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cells, _dflt_filled, _dflt_problems, _dflt_notes, _return_type):\n def __init__(self,sheet:_type_sheet,cells:_type_cells=_HAS_DEFAULT_FACTORY,filled:_type_filled=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.sheet=sheet\n  self.cells=_dflt_cells() if cells is _HAS_DEFAULT_FACTORY else cells\n  self.filled=_dflt_filled() if filled is _HAS_DEFAULT_FACTORY else filled\n  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems\n  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes\n return __init__',
    'def __create_fn__(_type_sheet, _type_row, _type_col, _type_path, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_path, _return_type):\n def __init__(self,sheet:_type_sheet,row:_type_row,col:_type_col,path:_type_path=_dflt_path)->_return_type:\n  self.sheet=sheet\n  self.row=row\n  self.col=col\n  self.path=path\n return __init__',
    'def __create_fn__(_type_since, _type_currency, _type_items, _type_resolved, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_items, _dflt_resolved, _return_type):\n def __init__(self,since:_type_since,currency:_type_currency,items:_type_items=_HAS_DEFAULT_FACTORY,resolved:_type_resolved=_dflt_resolved)->_return_type:\n  self.since=since\n  self.currency=currency\n  self.items=_dflt_items() if items is _HAS_DEFAULT_FACTORY else items\n  self.resolved=resolved\n return __init__',
    'def __create_fn__(_type_span, _type_message, _type_fix, _type_edits, _type_severity, _type_applicability, _type_rule, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fix, _dflt_edits, _dflt_severity, _dflt_applicability, _dflt_rule, _return_type):\n def __init__(self,span:_type_span,message:_type_message,fix:_type_fix=_dflt_fix,edits:_type_edits=_HAS_DEFAULT_FACTORY,severity:_type_severity=_dflt_severity,applicability:_type_applicability=_dflt_applicability,rule:_type_rule=_dflt_rule)->_return_type:\n  self.span=span\n  self.message=message\n  self.fix=fix\n  self.edits=_dflt_edits() if edits is _HAS_DEFAULT_FACTORY else edits\n  self.severity=severity\n  self.applicability=applicability\n  self.rule=rule\n return __init__',
    'def __create_fn__(_type_span, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,span:_type_span,text:_type_text)->_return_type:\n  self.span=span\n  self.text=text\n return __init__',
    'def __create_fn__(_type_start, _type_end, _type_actual, _type_expected, _type_ratio, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_source, _return_type):\n def __init__(self,start:_type_start,end:_type_end,actual:_type_actual,expected:_type_expected,ratio:_type_ratio,source:_type_source=_dflt_source)->_return_type:\n  self.start=start\n  self.end=end\n  self.actual=actual\n  self.expected=expected\n  self.ratio=ratio\n  self.source=source\n return __init__',
    "def __create_fn__(_type_start, _type_end, _type_term, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,start:_type_start,end:_type_end,term:_type_term)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'term',term)\n return __init__",
    "def __create_fn__(_type_start, _type_start_unit, _type_end, _type_end_unit, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,start:_type_start,start_unit:_type_start_unit,end:_type_end,end_unit:_type_end_unit,words:_type_words)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'start_unit',start_unit)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'end_unit',end_unit)\n  __dataclass_builtins_object__.__setattr__(self,'words',words)\n return __init__",
    'def __create_fn__(_type_terms, _type_direction, _type_label_zh, _type_label_en, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_direction, _return_type):\n def __init__(self,*,terms:_type_terms,direction:_type_direction=_dflt_direction,label_zh:_type_label_zh,label_en:_type_label_en)->_return_type:\n  self.terms=terms\n  self.direction=direction\n  self.label_zh=label_zh\n  self.label_en=label_en\n return __init__',
    "def __create_fn__(_type_text, _type_codec, _type_bom, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bom, _return_type):\n def __init__(self,text:_type_text,codec:_type_codec,bom:_type_bom=_dflt_bom)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'codec',codec)\n  __dataclass_builtins_object__.__setattr__(self,'bom',bom)\n return __init__",
    "def __create_fn__(_type_text, _type_kind, _type_names, _type_word, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_names, _dflt_word, _return_type):\n def __init__(self,text:_type_text,kind:_type_kind,names:_type_names=_dflt_names,word:_type_word=_dflt_word)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'names',names)\n  __dataclass_builtins_object__.__setattr__(self,'word',word)\n return __init__",
    'def __create_fn__(_type_text, _type_kind, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_text, _dflt_kind, _dflt_note, _return_type):\n def __init__(self,text:_type_text=_dflt_text,kind:_type_kind=_dflt_kind,note:_type_note=_dflt_note)->_return_type:\n  self.text=text\n  self.kind=kind\n  self.note=note\n return __init__',
    'def __create_fn__(_type_text, _type_language, _type_chunks, _type_directives, _type_line_count, _type_content_lines, _type_prose, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_text, _dflt_language, _dflt_chunks, _dflt_directives, _dflt_line_count, _dflt_content_lines, _dflt_prose, _return_type):\n def __init__(self,text:_type_text=_dflt_text,language:_type_language=_dflt_language,chunks:_type_chunks=_HAS_DEFAULT_FACTORY,directives:_type_directives=_HAS_DEFAULT_FACTORY,line_count:_type_line_count=_dflt_line_count,content_lines:_type_content_lines=_HAS_DEFAULT_FACTORY,prose:_type_prose=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.text=text\n  self.language=language\n  self.chunks=_dflt_chunks() if chunks is _HAS_DEFAULT_FACTORY else chunks\n  self.directives=_dflt_directives() if directives is _HAS_DEFAULT_FACTORY else directives\n  self.line_count=line_count\n  self.content_lines=_dflt_content_lines() if content_lines is _HAS_DEFAULT_FACTORY else content_lines\n  self.prose=_dflt_prose() if prose is _HAS_DEFAULT_FACTORY else prose\n return __init__',
    "def __create_fn__(_type_text, _type_metric, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_metric, _return_type):\n def __init__(self,text:_type_text,metric:_type_metric=_dflt_metric)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'metric',metric)\n return __init__",
    'def __create_fn__(_type_title, _type_path, _type_findings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,title:_type_title,path:_type_path,findings:_type_findings)->_return_type:\n  self.title=title\n  self.path=path\n  self.findings=findings\n return __init__',
    'def __create_fn__(_type_up, _type_down, _type_caps, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_up, _dflt_down, _dflt_caps, _return_type):\n def __init__(self,*,up:_type_up=_HAS_DEFAULT_FACTORY,down:_type_down=_HAS_DEFAULT_FACTORY,caps:_type_caps=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.up=_dflt_up() if up is _HAS_DEFAULT_FACTORY else up\n  self.down=_dflt_down() if down is _HAS_DEFAULT_FACTORY else down\n  self.caps=_dflt_caps() if caps is _HAS_DEFAULT_FACTORY else caps\n return __init__',
    "def __create_fn__(_type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,value:_type_value)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n return __init__",
    "def __create_fn__(_type_value, _type_currency, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_currency, _return_type):\n def __init__(self,value:_type_value,currency:_type_currency=_dflt_currency)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'currency',currency)\n return __init__",
    "def __create_fn__(_type_value, _type_digits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_digits, _return_type):\n def __init__(self,value:_type_value,digits:_type_digits=_dflt_digits)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'digits',digits)\n return __init__",
    "def __create_fn__(_type_value, _type_unit, _type_scale, _type_unit_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_unit, _dflt_scale, _dflt_unit_text, _return_type):\n def __init__(self,value:_type_value,unit:_type_unit=_dflt_unit,scale:_type_scale=_dflt_scale,unit_text:_type_unit_text=_dflt_unit_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'unit',unit)\n  __dataclass_builtins_object__.__setattr__(self,'scale',scale)\n  __dataclass_builtins_object__.__setattr__(self,'unit_text',unit_text)\n return __init__",
    'def __create_fn__(_type_waived, _type_block, _type_owner, _type_accepted, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_accepted, _return_type):\n def __init__(self,waived:_type_waived,block:_type_block,owner:_type_owner,accepted:_type_accepted=_dflt_accepted)->_return_type:\n  self.waived=waived\n  self.block=block\n  self.owner=owner\n  self.accepted=accepted\n return __init__',
    'def __create_fn__(_type_what, _type_item, _type_before, _type_now, _type_node, _type_finding, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_before, _dflt_now, _dflt_node, _dflt_finding, _return_type):\n def __init__(self,what:_type_what,item:_type_item,before:_type_before=_dflt_before,now:_type_now=_dflt_now,node:_type_node=_dflt_node,finding:_type_finding=_dflt_finding)->_return_type:\n  self.what=what\n  self.item=item\n  self.before=before\n  self.now=now\n  self.node=node\n  self.finding=finding\n return __init__',
    'def __create_fn__(_type_words, _type_match, _type_season, _type_zh, _type_en, _type_peaks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _dflt_match, _dflt_season, _dflt_zh, _dflt_en, _dflt_peaks, _return_type):\n def __init__(self,*,words:_type_words=_HAS_DEFAULT_FACTORY,match:_type_match=_HAS_DEFAULT_FACTORY,season:_type_season=_dflt_season,zh:_type_zh=_dflt_zh,en:_type_en=_dflt_en,peaks:_type_peaks=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.words=_dflt_words() if words is _HAS_DEFAULT_FACTORY else words\n  self.match=_dflt_match() if match is _HAS_DEFAULT_FACTORY else match\n  self.season=season\n  self.zh=zh\n  self.en=en\n  self.peaks=_dflt_peaks() if peaks is _HAS_DEFAULT_FACTORY else peaks\n  self.__post_init__()\n return __init__',
    'def __create_fn__(_type_words, _type_on, _type_type, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _dflt_on, _dflt_type, _return_type):\n def __init__(self,*,words:_type_words=_HAS_DEFAULT_FACTORY,on:_type_on=_dflt_on,type:_type_type=_dflt_type)->_return_type:\n  self.words=_dflt_words() if words is _HAS_DEFAULT_FACTORY else words\n  self.on=on\n  self.type=type\n return __init__',
    'def __create_fn__(_type_words, _type_weight, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _dflt_weight, _return_type):\n def __init__(self,*,words:_type_words=_HAS_DEFAULT_FACTORY,weight:_type_weight=_dflt_weight)->_return_type:\n  self.words=_dflt_words() if words is _HAS_DEFAULT_FACTORY else words\n  self.weight=weight\n return __init__',
    'def __create_fn__(_type_zh, _type_en, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,*,zh:_type_zh,en:_type_en)->_return_type:\n  self.zh=zh\n  self.en=en\n return __init__',
    "def __create_fn__(_type_zh, _type_en, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,zh:_type_zh,en:_type_en)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'zh',zh)\n  __dataclass_builtins_object__.__setattr__(self,'en',en)\n return __init__",
    "def __create_fn__(_type_zh, _type_en, _type_hant, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hant, _return_type):\n def __init__(self,zh:_type_zh,en:_type_en,hant:_type_hant=_dflt_hant)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'zh',zh)\n  __dataclass_builtins_object__.__setattr__(self,'en',en)\n  __dataclass_builtins_object__.__setattr__(self,'hant',hant)\n return __init__",
    'def __create_fn__(_type_zh, _type_en, _type_match, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_zh, _dflt_en, _dflt_match, _return_type):\n def __init__(self,*,zh:_type_zh=_HAS_DEFAULT_FACTORY,en:_type_en=_HAS_DEFAULT_FACTORY,match:_type_match=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.zh=_dflt_zh() if zh is _HAS_DEFAULT_FACTORY else zh\n  self.en=_dflt_en() if en is _HAS_DEFAULT_FACTORY else en\n  self.match=_dflt_match() if match is _HAS_DEFAULT_FACTORY else match\n return __init__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'child\',\'kind\',\'value\',\'fraction\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'code\',\'block\',\'reason\',\'file\',\'until\',\'source\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'direction\',\'word\',\'worded\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'goal\',\'text\',\'entities\',\'subjects\',\'kind\',\'tight\',\'gate\',\'direction\',\'flow\',\'whole_base\',\'converts\',\'aim\',\'department\',\'units\',\'words\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'template\',\'args\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'kind\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'items\',\'sep\',\'sep_zh\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'every\',\'start\',\'end\',\'measure\',\'better\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lang\',\'select\',\'ignore\',\'config_path\',\'use_cache\',\'actuals\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'line\',\'source\',\'key\',\'period\',\'value\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'season\',\'zh\',\'en\',\'peaks\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'term\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'start_unit\',\'end\',\'end_unit\',\'words\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'codec\',\'bom\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'kind\',\'names\',\'word\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'metric\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'value\',\'currency\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'value\',\'digits\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'value\',\'unit\',\'scale\',\'unit_text\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'value\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'zh\',\'en\',\'hant\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'zh\',\'en\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'child\',\'kind\',\'value\',\'fraction\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'code\',\'block\',\'reason\',\'file\',\'until\',\'source\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'direction\',\'word\',\'worded\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'goal\',\'text\',\'entities\',\'subjects\',\'kind\',\'tight\',\'gate\',\'direction\',\'flow\',\'whole_base\',\'converts\',\'aim\',\'department\',\'units\',\'words\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'template\',\'args\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'kind\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'items\',\'sep\',\'sep_zh\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'every\',\'start\',\'end\',\'measure\',\'better\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lang\',\'select\',\'ignore\',\'config_path\',\'use_cache\',\'actuals\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'line\',\'source\',\'key\',\'period\',\'value\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'season\',\'zh\',\'en\',\'peaks\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'term\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'start_unit\',\'end\',\'end_unit\',\'words\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'codec\',\'bom\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'kind\',\'names\',\'word\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'metric\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'value\',\'currency\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'value\',\'digits\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'value\',\'unit\',\'scale\',\'unit_text\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'value\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'zh\',\'en\',\'hant\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'zh\',\'en\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
)
