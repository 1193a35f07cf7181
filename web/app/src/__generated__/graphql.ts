/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type TodayPageQueryVariables = Exact<{ [key: string]: never; }>;


export type TodayPageQuery = { __typename: 'Query', reportingCurrency: string };


export const TodayPageDocument = {"__meta__":{"hash":"sha256:d4406b0dbaee9f2a60fe803382dcd790ff2a6afda50c00ae5818932598ccf5e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodayPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}}]}}]} as unknown as DocumentNode<TodayPageQuery, TodayPageQueryVariables>;
