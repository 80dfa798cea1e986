"""The actor knowledge base: states, organisations, people and their offices over time."""

from .store import Entity, KnowledgeBase, knowledge_base

__all__ = ["Entity", "KnowledgeBase", "knowledge_base"]
