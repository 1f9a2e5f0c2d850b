// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title KappaRules
/// @notice The hashes the protocol is built on, in one place: the hub uses
/// these internal functions (inlined, no call), and src/test/RulesMirror.sol
/// exposes the same code so that the Go encodings (contracts/protocol) are
/// checked against it edge case by edge case (crosscheck_test.go).
library KappaRules {
    /// @notice What an annotator commits for a chunk: it binds the chain, the
    /// hub, the campaign, the chunk, the annotator, the packed labels and the
    /// digest of the label document the reveal will name, so nobody else can
    /// reuse it and nobody who reveals for the annotator can swap the document.
    function commitment(
        uint256 chainId,
        address hub,
        uint256 campaignId,
        uint256 chunkId,
        address annotator,
        uint256[] calldata labels,
        bytes32 labelDoc,
        bytes32 salt
    ) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(chainId, hub, campaignId, chunkId, annotator, labels, labelDoc, salt));
    }

    /// @notice A chunk's leaf in the manifest Merkle tree (OpenZeppelin's
    /// double-hashed leaf).
    function leafHash(uint64 chunkId, uint8 tier, uint16 size, bytes32 tasksRoot, bytes32 gold)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(bytes.concat(keccak256(abi.encode(chunkId, tier, size, tasksRoot, gold))));
    }

    /// @notice A chunk's gold commitment: mask and answers packed like labels,
    /// salted so the few possible answers cannot be brute-forced.
    function goldCommitment(uint256[] calldata mask, uint256[] calldata labels, bytes32 salt)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encodePacked(mask, labels, salt));
    }
}
