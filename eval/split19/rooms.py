"""The rooms of events/coder.py's split (session 16): which names and EventCoder methods each room takes, lowest
room first (a room imports only from rooms above it in this list). Writes the JSON eval/split19/move.py reads."""
import json
import sys
S = {}
def room(name, doc, top=(), methods=(), mixin=None, mixin_doc=None):
    S[name] = dict(doc=doc, top=list(top), methods=list(methods), mixin=mixin, mixin_doc=mixin_doc)

room("persons", "DOC", top="""document_persons _PERSON_WITH_AGE _TITLED_SURNAME person_only_places _POLICE_ADDRESS
 origin_only_places _PLACE_KINDS _ORIGIN_BEFORE _ORIGIN_AFTER _dateline_end _find_dateline_end _capitals_of_dateline
 _subject_past_dateline""".split())
room("parties", "DOC", mixin="PartyReader", mixin_doc="MIXDOC",
     top="""_Roles _ACTOR_MODIFIERS _PRONOUNS _WATERS _PLACE_PREPS _phrases _phrase_text first_person
 _code distinct_coded _distinct_sides _COMPASS _HARMED_PEOPLE _NAME_TITLES _DONE_TO_PEOPLE _age_follows _without_name
 _us_state_follows _placed_name _STATE_FORMS _STATE_NAME_WORDS _HONORIFICS _MISREAD_TOWN_LABELS _PERSON_TITLES _we_named
 _antecedent _PERSONAL _COLLECTIVE_REPORTERS _reporting_subject _a_time _WEEKDAYS _counted _COUNTING_NOUNS
 _PERSONAL_PRONOUNS _CROWD_COUNTS""".split(),
     methods="""_actors _actors_of_dep _role_of_each _pronoun_owner _place_actor _local_namesake _member_of_body _person_name
 _of_unknown_organisation _unknown_organisation _shared_nationality _country_word _located _possessors _agentive""".split())
room("placing", "DOC", mixin="Placing", mixin_doc="MIXDOC",
     top="""people_of _PLACED_PEOPLE _placed_state _placed_by_own_town _TOWN_FORCES _NOT_TOWNS _local_namesake _LOCAL_BODIES
 _ethnic _named_only_in_object _venue_only _attacked_state _AIMED_AT_OTHERS _LOCATIVE_PREPOSITIONS _TOPIC_VERBS _FORCE_ROOTS""".split(),
     methods="_placed_roles _where_people_protest _place_read_as_person".split())
room("triggers", "DOC", mixin="TriggerChecks", mixin_doc="MIXDOC",
     methods="_threat_aimed _object_names_actor".split(),
     top="""_THREAT_OBJECTS _INFORMATION_NOUNS _MET_PEOPLE _modified _WEATHER _DENYING _own_doing _place_read_as_adverb _DEMAND _RESPONSE_THREAT _NO_COMMENT _THANKS_FOR _thanks_for _COURTESIES _HOSTING
 _HOST_FEELINGS _guest_welcomed _CHARGE_DENIED _NAME_CALLING _NAMING_VERBS _ABUSE _name_calling _JUDGED_IN_SPEECH
 _SPEECH_OF_JUDGING _JUDGMENTS _SAID_THINGS _judged_in_speech _ORDERED_RELEASE _RELEASING _ordered_freed _ASSEMBLY
 _ASSEMBLY_VERBS _PROTESTERS _EXPLODING _blast rule_requirements""".split())
room("targets", "DOC", mixin="TargetReader", mixin_doc="MIXDOC",
     top="""_DEFAULT_TARGET_PREPS _OBJECT_TARGET_PREPS _TARGET_PREPS _CONDITIONED_ROOTS _SHARED_NOUNS _REPELLING
 _PARTNERING_NOUNS _act_done_by _DONE_BY_ROOTS _two_unplaced_people _own_act _OWN_ACT_NOUNS
 _OWNING_VERBS _PERSONAL_CRIMES _ONLY_PEOPLE _PEOPLE_PASSIVES _LEGAL_PATIENT_VERBS _ENDED_UP _AIMED_PREPS _GATHERING
 _TALKS_HELD _held _HOLDING_PLACES _subject_after_comma _no_known_party _objects _listed_objects _misparsed_objects
 _reduced_relative_objects _FIRE_STATES _AMOUNT_NOUNS _LIGHT_NOUNS _lemma_matches _month_name _BEARINGS _temporal""".split(),
     methods="""_targets _chosen_target _complement_targets _nested_targets _protested _conditioned _place_targets
 _named_people _patients _object_actors""".split())
room("harm", "DOC", mixin="HarmReader", mixin_doc="MIXDOC",
     top="""_KILLING _WOUNDING _toll_told_on _undergone _ATTACK_GERUNDS _attack_gerund_subject _HARM_TO_A_PERSON_VERBS
 _RAMMING _shooting_vehicle _FIREARMS _gun_went_off _counted_others _TOLL_WORDS _CARE _sent_to_hospital _SERIES_NOUNS
 _GUNFIGHTS _toll_attack _toll_left _toll_as_clause _armed_act_of _ARMED_THINGS""".split(),
     methods="_harmed _toll_trigger".split())
room("sources", "DOC", mixin="SourceReader", mixin_doc="MIXDOC",
     top="""_gerund_subject_read_as_aux _ISSUED_TEXTS _STATEMENT_TEXTS _SAYING _NO_ONE _ACCUSING_VERBS _DENIED_NOUNS
 _CONVERSATION_VERBS _conjoined_complement headline_source _bullet _CRIME_LABELS""".split(),
     methods="""_sources _frame_of _framed_roles _unnamed_doer _unnamed_subject _fighters _issued_in _received_from
 _labelled_act""".split())
room("joint", "DOC", mixin="JointParties", mixin_doc="MIXDOC",
     top="""_MUTUAL_ROOTS _WITH_MUTUAL_ROOTS _ONE_WAY_CODES _MAX_JOINT _reciprocal _RECIPROCAL_VERBS _QUARREL_VERBS
 _EACH_OTHER""".split(), methods="_joint_parties _parties _co_authored _partners".split())
room("repeats", "DOC", top="""_part_of_another _same_act_told_again _taken_by_verbs _one_report_each _another_doer
 _another_legal_step _legal_step _family _victims_of_attacks _LEGAL_STEPS _topical _as_hedge _own_object
 _parts_of_exercises _exercise_told_again _BRINGS_IN _past_link_list _READ_MORE _EXERCISES""".split())
room("noun_events", "DOC", mixin="NounEventCoder", mixin_doc="MIXDOC",
     top="""_coded_noun_roles _speaker_of_noun _placed_noun_roles _noun_modality _BREAKING _COOPERATIVE_ROOTS""".split(),
     methods="_noun_event _promised_code _noun_places".split())
json.dump(S, open(sys.argv[1], 'w'), indent=1)
