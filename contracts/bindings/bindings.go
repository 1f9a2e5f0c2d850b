// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// KappaHubCampaignInfo is an auto generated low-level Go binding around an user-defined struct.
type KappaHubCampaignInfo struct {
	Requester        common.Address
	Arbiter          common.Address
	ManifestRoot     [32]byte
	SchemaCid        string
	K                uint8
	Q                uint8
	LabelBits        uint8
	NumLabels        uint16
	MultiLabel       bool
	MaxGoldMisses    uint8
	Lanes            uint16
	ClaimWindow      uint32
	CommitWindow     uint32
	RevealWindow     uint32
	GoldWindow       uint32
	DisputeWindow    uint32
	EndTime          uint64
	SeniorReputation uint32
	ReviewerFee      *big.Int
	Tiers            []KappaHubTier
	Unreserved       *big.Int
	Reserved         *big.Int
	Closed           bool
	CloseTime        *big.Int
}

// KappaHubCampaignParams is an auto generated low-level Go binding around an user-defined struct.
type KappaHubCampaignParams struct {
	Arbiter          common.Address
	ManifestRoot     [32]byte
	SchemaCid        string
	K                uint8
	Q                uint8
	LabelBits        uint8
	NumLabels        uint16
	MultiLabel       bool
	MaxGoldMisses    uint8
	Lanes            uint16
	ClaimWindow      uint32
	CommitWindow     uint32
	RevealWindow     uint32
	GoldWindow       uint32
	DisputeWindow    uint32
	EndTime          uint64
	SeniorReputation uint32
	ReviewerFee      *big.Int
	Tiers            []KappaHubTier
	Deposit          *big.Int
}

// KappaHubChunkLeaf is an auto generated low-level Go binding around an user-defined struct.
type KappaHubChunkLeaf struct {
	ChunkId        uint64
	Tier           uint8
	Size           uint16
	TasksRoot      [32]byte
	GoldCommitment [32]byte
}

// KappaHubGold is an auto generated low-level Go binding around an user-defined struct.
type KappaHubGold struct {
	Present bool
	Mask    *big.Int
	Labels  []*big.Int
	Salt    [32]byte
}

// KappaHubTier is an auto generated low-level Go binding around an user-defined struct.
type KappaHubTier struct {
	Reward        *big.Int
	MinReputation uint32
}

// KappaHubMetaData contains all meta data concerning the KappaHub contract.
var KappaHubMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"AlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"BalanceOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"CampaignClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"CampaignEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closeTime\",\"type\":\"uint256\"}],\"name\":\"CampaignNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"ChunkTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"ClaimWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"CommitWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"EmptyCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"FinalizeTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"GoldMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"GoldRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientEscrow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientUnreserved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"InvalidChunk\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"InvalidChunkProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"}],\"name\":\"InvalidLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"InvalidSeat\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"LabelsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"LaneBusy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"NotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"taskMask\",\"type\":\"uint256\"}],\"name\":\"NotDisputed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotReviewer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"NotSeatHolder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reputation\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"ReputationTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"RevealTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"RevealWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ReviewerIsAnnotator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"SeatTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"StaleRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"UnknownCampaign\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"UnknownLane\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongLabelCount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"schemaCid\",\"type\":\"string\"}],\"name\":\"CampaignCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CampaignReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tier\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"goldCommitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"openedAt\",\"type\":\"uint256\"}],\"name\":\"ChunkOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"claimedAt\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revealAt\",\"type\":\"uint256\"}],\"name\":\"Committed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"}],\"name\":\"EscrowWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"accepted\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"disputeMask\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"goldRevealed\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"}],\"name\":\"Funded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reviewer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"taskMask\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"remainingDisputes\",\"type\":\"uint256\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"cid\",\"type\":\"string\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumReputationRegistry.Reason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"matched\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"missed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"repDelta\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reputation\",\"type\":\"uint256\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AGREE_GAIN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DISAGREE_LOSS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GOLD_MISS_LOSS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LAPSE_LOSS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REPUTATION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NO_REVEAL_LOSS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"START_REPUTATION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"accountOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reputation\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tasksPaid\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"campaignCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"campaignInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"schemaCid\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"q\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"labelBits\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"numLabels\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"multiLabel\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"maxGoldMisses\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"lanes\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"goldWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"endTime\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seniorReputation\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"reviewerFee\",\"type\":\"uint128\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"reward\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"minReputation\",\"type\":\"uint32\"}],\"internalType\":\"structKappaHub.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"closed\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"closeTime\",\"type\":\"uint256\"}],\"internalType\":\"structKappaHub.CampaignInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chunkId\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"size\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"tasksRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"goldCommitment\",\"type\":\"bytes32\"}],\"internalType\":\"structKappaHub.ChunkLeaf\",\"name\":\"leaf\",\"type\":\"tuple\"}],\"name\":\"chunkLeafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"chunkTaken\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chunkId\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"size\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"tasksRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"goldCommitment\",\"type\":\"bytes32\"}],\"internalType\":\"structKappaHub.ChunkLeaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claimOpen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"commitmentFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"schemaCid\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"q\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"labelBits\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"numLabels\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"multiLabel\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"maxGoldMisses\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"lanes\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"goldWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"endTime\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seniorReputation\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"reviewerFee\",\"type\":\"uint128\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"reward\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"minReputation\",\"type\":\"uint32\"}],\"internalType\":\"structKappaHub.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"internalType\":\"structKappaHub.CampaignParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"createCampaign\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"schemaCid\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"q\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"labelBits\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"numLabels\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"multiLabel\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"maxGoldMisses\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"lanes\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"goldWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"endTime\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seniorReputation\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"reviewerFee\",\"type\":\"uint128\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"reward\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"minReputation\",\"type\":\"uint32\"}],\"internalType\":\"structKappaHub.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"internalType\":\"structKappaHub.CampaignParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"createCampaignWithPermit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"creditedOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"escrowOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"bool\",\"name\":\"present\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"mask\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structKappaHub.Gold\",\"name\":\"gold\",\"type\":\"tuple\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"fundWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"mask\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"goldCommitmentFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"laneHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"laneHashes\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"hashes\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"reclaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"reputationOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"taskMask\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"finalLabels\",\"type\":\"uint256[]\"}],\"name\":\"resolve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"cid\",\"type\":\"string\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawUnreserved\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "f66bb8764734ff24f7bfa856f4957fe692",
	Bin: "0x60a0346100c157601f615c9e38819003918201601f19168301916001600160401b038311848410176100c5578084926020946040528339810103126100c157516001600160a01b0381168082036100c1571561009357608052604051615bc490816100da82396080518181816102be01528181612e950152818161383b015281816144fd015281816145a101526149920152f35b6040516305519d6f60e51b81526020600482015260056024820152643a37b5b2b760d91b6044820152606490fd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6103a06040526004361015610012575f80fd5b5f610280525f3560e01c80630a800d5b1461394f5780630c0c2ec5146138fc57806324556f92146138b757806328ed4f6c146136f657806329e9cb4c146136d85780632d2a8d9c146136985780633b62de1a146136375780633ccfd60b14613613578063459713d8146135a35780634fb18d17146135855780634fd30481146131395780637274e30d1461311957806372b0d90c146130f05780637642ff681461304b578063766c5f251461302d57806377a8be3a14612ff25780637dc701a314612fd45780638086b8ba14612f595780638644059914612f105780638f9da7b514612dc85780639aa2aac314612d345780639c71ddb814612c83578063a65e2cfd14612c2d578063bb2238ec14612636578063cbf7363c14611596578063cc59c36d14610b49578063cd33009f14610811578063d213c0f2146107f1578063d5f70cb014610348578063db89c04414610300578063e700f219146102e2578063fc0c546a1461029c578063fd361ccb146101ba5763fec1ea5014610195575f80fd5b346101b357610280513660031901126101b357602060405160038152f35b6102805180fd5b346101b35760203660031901126101b35760043561ffff6101da826148e3565b5460d81c16906102026101ec8361407d565b926101fa6040519485613fb9565b80845261407d565b602083019190601f1901368337610280515b835181101561025457600190826102805152600360205260406102805120816102805152602052604061028051205461024d82876140f4565b5201610214565b50509060405191829160208301906020845251809152604083019190610280515b818110610283575050500390f35b8251845285945060209384019390920191600101610275565b346101b357610280513660031901126101b35760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101b357610280513660031901126101b357602060405160058152f35b346101b35760203660031901126101b3576001600160a01b03610321613f09565b1661028051526102805160205260206103406040610280512054615887565b604051908152f35b346101b35760803660031901126101b35760243560043560443567ffffffffffffffff81116101b35761037f903690600401613eac565b919092606435936103a5610392846143e4565b9160ff835460a01c1695869185876149ff565b906103af826140c7565b519467ffffffffffffffff861695600160ff8260581c16036107d8576001830154916103ee63ffffffff8460a01c1664ffffffffff8460601c16614043565b42116107bf57808910156107a257610280515b8181106107125750508760011b926001600160ff1b0389168903610522578360030192836003116105225761043684876140f4565b519060ff8260c81c168061053c575b50505061046463ffffffff91600760ff6104709560401c169101613ff6565b505460801c1687614429565b334260a01b17600160c81b179061048790846140f4565b5261028051506004019182600411610522576104f7610518927f42b88dafd23de24a099cc2c110b2e37eaa10be250570eb00e63348e5bbdd054f946104d06102805191836140f4565b528286916020815160051b910120915f52600360205260405f20905f5260205260405f2055565b60405191829133974291846040919493926060820195825260208201520152565b0390a46102805180f35b634e487b7160e01b61028051526011600452602461028051fd5b600114908115916106ea575b506106b4576001600160a01b03169161028051508261028051526102805160205260406102805120549161057b83615887565b916009198301926009198412906102805113908015821691151617610522578261028051136106a9575b620f4240831361069e575b610280516001600160801b0385169190610522576001600160801b03821161068b57600184019081851161067757868d8d7fc3548337a64e3cd1e43b2f475e7cbff9e2c9fe02255a3a599069590882adef2560c06104649960ff9760079967ffffffffffffffff60a01b6104709f63ffffffff9f6001600160a01b03199083925f525f6020521616169160801b171760405f205560405190600382525f60208301525f60408301525f6060830152600919608083015260a0820152a4955050819350610445565b634e487b7160e01b5f52601160045260245ffd5b8563b323377560e01b5f5260045260245ffd5b620f424092506105b0565b6102805192506105a5565b89897f2c37e101000000000000000000000000000000000000000000000000000000006102805152600452602452604461028051fd5b610709915063ffffffff9060c01c1664ffffffffff8360a01c16614043565b4211158b610548565b6001600160ff1b0381168103610522578060011b600301806003116105225761073b90876140f4565b51336001600160a01b038216149081610792575b5061075c57600101610401565b887fa921454000000000000000000000000000000000000000000000000000000000610280515260045233602452604461028051fd5b60ff915060c81c1615158b61074f565b8888634ab40a2760e01b6102805152600452602452604461028051fd5b87638fb6d68760e01b6102805152600452602461028051fd5b86638fb6d68760e01b6102805152600452602461028051fd5b346101b357610280513660031901126101b3576020604051620f42408152f35b346101b35760a03660031901126101b35760243560043560443567ffffffffffffffff81116101b357610848903690600401613eac565b606492919235936084359061087261085f856143e4565b9560ff875460a01c1694859184886149ff565b9061087c826140c7565b5167ffffffffffffffff811696858910156107a2578860011b906001600160ff1b038a168a0361052257816003019081600311610522576108bd82876140f4565b5190336001600160a01b03831614801590610b3b575b610b0557600160ff8360c81c1614801590610af4575b610abe5763ffffffff600161090e92015460c01c1664ffffffffff8360a01c16614043565b4211610a88578615610a565760ff60c81b1916790200000000000000000000000000000000000000000000000000179061094890866140f4565b52610280515060040180600411610522576109648591856140f4565b52610280519485805b828110610a025750146109e3575b50906109a69185916020815160051b910120915f52600360205260405f20905f5260205260405f2055565b604051948552602085015260408401527f073e8a9a495f5bf2c69b18545812af384191dd3a0fdb51376e6ed0c90f86571560603394a46102805180f35b9350906109a69142944260881b176109fa836140c7565b52909161097b565b6001600160ff1b0381168103610522578060011b600301806003116105225760ff610a2f600292896140f4565b5160c81c1614610a42575b60010161096d565b90610a4e6001916143d6565b919050610a3a565b897f85f40d2c000000000000000000000000000000000000000000000000000000006102805152600452602461028051fd5b8a8a7f257c973f000000000000000000000000000000000000000000000000000000006102805152600452602452604461028051fd5b8b8b7fddcc733d000000000000000000000000000000000000000000000000000000006102805152600452602452604461028051fd5b50600160ff8660581c1614156108e9565b8b8b7f5e5625fd000000000000000000000000000000000000000000000000000000006102805152600452602452604461028051fd5b5060ff8260c81c16156108d3565b346101b35760c03660031901126101b35760443567ffffffffffffffff81116101b357610b7a903690600401613eac565b9060643567ffffffffffffffff81116101b357610b9b903690600401613eac565b909160a43567ffffffffffffffff81116101b357610bbd903690600401613eac565b9091610bf6610bcd6004356143e4565b91610bd661422a565b6102605282549760ff8960a01c16918261026051526024356004356149ff565b94610c00866140c7565b519367ffffffffffffffff85166020610260510152600260ff8660581c161480159061158c575b8015611575575b61153657610280515b6102605151811015610cc1576001600160ff1b0381168103610522578060011b60030180600311610522576001600160a01b03610c7533928b6140f4565b511614610c8457600101610c37565b60206102605101517ff5d8da5600000000000000000000000000000000000000000000000000000000610280515260045233602452604461028051fd5b5087969495966001600160a01b0360018501541633141580611504575b6114c757610d0c61ffff8860481c1680604061026051015260ff8360b01c1690816060610260510152614abd565b8060806102605101528086036114a05750610d2c888488610260516158a9565b600160606102605101511b93845f198101116105225760606102605101519182156114865760c881901c60ff16156114705761ffff60019160b81c161b9790969194939295975b61028051985b60406102605101518a1015610f085760018a1b6084351615610ef757610da387610100048b61439e565b97610dc3610db589610100048d6143bc565b606061026051015190614030565b975f198801610dd38b85856143c6565b358a1c169a848c1015610eba57610280518e5b6102605151821015610e9857908d8d8d8d8d60019660a061026051015188881b1615610e8d57610e2f610e35935f190195610e2989610140610260510151614329565b51614043565b916143c6565b35901c1603610e6d57610160610260510151610e6482610e5e610e588285614329565b516143d6565b92614329565b525b018e610de6565b610180610260510151610e8782610e5e610e588285614329565b52610e66565b505050505050610e66565b5050949b91969798509492995060019198505b01989197909295949396610d79565b8c60206102605101517fe813d6e0000000000000000000000000000000000000000000000000000000006102805152600452602452604461028051fd5b969394959290979198600190610eab565b88889185610f28610f2260ff8860401c1660078601613ff6565b50614005565b6102805194909290855b61026051518710156111645760a06102605101516001881b161561115b57610f6287610160610260510151614329565b5196610f7681610180610260510151614329565b51610f95610f8e6001600160801b038951168b614030565b8094614043565b986020610260510151906001600160ff1b0384168403610522578360011b600301600311610522576001600160a01b03610fd58560011b6003018a6140f4565b5116928180046001148215171561052257808060011b0460021481151715610522576110048160011b8361433a565b610280805186905251602081905260409020549661102188615887565b9282808501126102805185129080158216911516176105225761028051938301938412611150575b620f42408413611145575b611067826001600160801b038b16614043565b986001600160801b038a1161112c5760a01c67ffffffffffffffff16988261111b575b6001850185116105225767ffffffffffffffff60a01b60019a8961028051526102805160205260a01b16908a860160801b1717604061028051205560405194610280515060048652602086015260408501526060840152608083015260a08201527fc3548337a64e3cd1e43b2f475e7cbff9e2c9fe02255a3a599069590882adef2560c060043592a45b0195610f32565b988561112691614043565b9861108a565b8763b323377560e01b6102805152600452602461028051fd5b620f42409350611054565b610280519350611049565b95600190611114565b91955093611173608435615b99565b9361118b6001600160801b0360038401541686614030565b946020610260510151916102805150336102805152610280516020526040610280512054906111b982615887565b61028051909190821280151661052257816102805113611465575b620f4240821361145a575b6111f2896001600160801b038516614043565b926001600160801b0384116114415760a01c67ffffffffffffffff1691848a611430575b506001810181116105225761134f976112f261132d966112ec6112e08e9661131b9660039c6001600160801b039b67ffffffffffffffff60a01b6113209c3361028051526102805160205260a01b16906001840160801b17176040610280512055604051916102805150600583528660208401526102805160408401528a606084015261028051608084015260a083015233917fc3548337a64e3cd1e43b2f475e7cbff9e2c9fe02255a3a599069590882adef2560c060043592a489610260515191511690614030565b888b8d01541690614043565b90614030565b60048901866113068184168284541661437e565b166001600160801b0319825416179055614050565b614050565b168284015460801c61405d565b9101906001600160801b036001600160801b031983549260801b169116179055565b611358816140e4565b51608435191690816113f2575060043561028051526003602052604061028051206024356102805152602052600160406102805120555b6113b5602061026051015193604051956084358752608060208801526080870191614195565b91604085015260608401527fc6646887e1895dd736df424077e04a48748bbf8f75061f8b82988d768d2437df339380600435930390a46102805180f35b808261140061142b936140e4565b52602435600435916020815160051b910120915f52600360205260405f20905f5260205260405f2055565b61138f565b61143a9193614043565b9184611216565b63b323377560e01b610280515233600452602461028051fd5b620f424091506111df565b6102805191506111d4565b61ffff9060b81c16979096919493929597610d73565b634e487b7160e01b61028051526012600452602461028051fd5b856020610260510151635e52baa360e11b6102805152600452602452604452606461028051fd5b60206102605101517f87de184400000000000000000000000000000000000000000000000000000000610280515260045233602452604461028051fd5b50336102805152610280516020526115226040610280512054615887565b63ffffffff600286015460801c1611610cde565b60206102605101517fb0713911000000000000000000000000000000000000000000000000000000006102805152600452608435602452604461028051fd5b5061157f876140e4565b5119608435161515610c2e565b5060843515610c27565b346101b35760a03660031901126101b35760443567ffffffffffffffff81116101b3576115c7903690600401613eac565b60643567ffffffffffffffff81116101b3576115e7903690600401613eac565b91909267ffffffffffffffff608435116101b3576080608435360360031901126101b3576116499061161a6004356143e4565b9261162361422a565b6103405283546102a05260ff6102a05160a01c16918261034051526024356004356149ff565b92611653846140c7565b516102e05267ffffffffffffffff6102e05116806020610340510152600160ff6102e05160581c160361260557506116ba61ffff6102e05160481c1680604061034051015260ff6102a05160b01c16606061034051015260ff6102a05160b01c1690614abd565b608061034051015264ffffffffff6102e05160881c1680156125c6575b6116e990600184015460e01c90614043565b92600193610280515b610340515181101561174d576001600160ff1b0381168103610522578060011b60030160031161052257600360ff61172f8360011b83018a6140f4565b5160c81c1603611742575b6001016116f2565b61028051955061173a565b5085939415806125bc575b61258357611765846140d4565b5190816123f7575b505061177e818385610340516158a9565b6117ba6044608435016117af611799826084356004016142f3565b60ff6102a05160d01c1691868861034051615a18565b6084356004016142f3565b9490936117cd6080610340510151614095565b6103605261034051606001516102008190526001901b6102c08190525f1981011161052257610200511561148657610280516101a0526102a05160c81c60ff16156123e357600161ffff6102a05160b81c161b6101a0525b6103405160a081015160c082015119166103805251610320526040516103008190526101009190611857908390613fb9565b61030051829036903761028051610180819052610100525b6080610340510151610100511015611c0b57610280515b610320518110611bbe57506103405160e00151610280516102205215611bb1576118b46101005188886143c6565b35610220525b610280516102408190526101c0525b61020051610100046101c0511080611b9e575b15611b79576118f1610200516101c051614030565b6101e0526102805161016081905260a0526103405160e00151610180516001901b1615611a3a575f196102c05101610220516101e0511c1661016052600160a0525b60a05115611a2157610160516101e0511b61024051176102405261028051610120525b610320516101205110611989575b611970610180516143d6565b610180526119806101c0516143d6565b6101c0526118c9565b6001610120511b610380511615611a1c57610160515f196102c051016119b56101205161030051614329565b516101e0511c16036119fa576101606103405101516119e86119dd610e586101205184614329565b916101205190614329565b525b6001610120510161012052611956565b610180610340510151611a166119dd610e586101205184614329565b526119ea565b6119ea565b61012061034051016001610180511b8151179052611964565b61028051610140525b61032051610140511080611b6f575b15611b6a576001610140511b610380511615611b65575f196102c05101611a7f6101405161030051614329565b516101e0511c1660e052600160c05260c051610140510161014051116105225760c05161014051016080525b6103205160805110611b055760ff6102a05160a81c1660c051101580611af7575b611ae6575b611add610140516143d6565b61014052611a43565b60e05161016052600160a052611ad1565b506101a05160e05110611acc565b60016080511b6103805116151580611b3e575b611b2b575b600160805101608052611aab565b611b3660c0516143d6565b60c052611b1d565b5060e0515f196102c05101611b5860805161030051614329565b516101e0511c1614611b18565b611ad1565b611933565b5060a05115611a52565b61024051611b8d61010051610360516140f4565b52600161010051016101005261186f565b50604061034051015161018051106118dc565b61028051610220526118ba565b80600180921b6103805116611bd4575b01611886565b611bf7611bf061010051610e2984610140610340510151614329565b87896143c6565b35611c058261030051614329565b52611bce565b611c24610f2260ff6102e05160401c1660078601613ff6565b610280519093815b61034051518110156121d9576001600160ff1b0381168114159081610522578060011b6003016003118061052257611c6a8260011b600301876140f4565b519260ff8460c81c1680156121cd57600314611e2057602061034051015160406103405101518060030290600382040361052257611ca790614352565b9061028051506001600160a01b0386166102805152610280516020526040610280512054611cd481615887565b908382019184831290610280511390801582169115161761052257816102805113611e15575b620f42408213611e0a575b61028051610522576001600160801b0380821611611dee576001820190818311610677576001600160a01b0389165f525f6020526001600160801b0367ffffffffffffffff60a01b806001600160a01b0319841616169260801b9116171760405f205560405192600284525f60208501525f60408501525f6060850152608084015260a08301526001600160a01b038616917fc3548337a64e3cd1e43b2f475e7cbff9e2c9fe02255a3a599069590882adef2560c060043592a46106775761067757600160ca1b60ff60c81b196001931617611de682841b600301876140f4565b525b01611c2c565b6001600160a01b038863b323377560e01b5f521660045260245ffd5b620f42409150611d05565b610280519150611cfa565b50506103405160c001516001821b1615611fd957611e46816101a0610340510151614329565b516020610340510151908060050260058104820361052257611e6790614352565b9361028051506001600160a01b038116610280515261028051602052604061028051205491611e9583615887565b9386808601126102805186129080158216911516176105225761028051948701948512611fce575b620f42408513611fc3575b61028051610522576001600160801b0380851611611fa757600185019485811161067757600197600160ca1b9660ff60c81b19966001600160a01b0387165f525f6020526001600160801b0367ffffffffffffffff60a01b806001600160a01b0319841616169260801b9116171760405f2055604051938985525f602086015260408501525f6060850152608084015260a08301526001600160a01b038316917fc3548337a64e3cd1e43b2f475e7cbff9e2c9fe02255a3a599069590882adef2560c060043592a41617611fa182841b600301876140f4565b52611de8565b6001600160a01b038363b323377560e01b5f521660045260245ffd5b620f42409450611ec8565b610280519450611ebd565b611fee81610160610340969496510151614329565b5161200182610180610340510151614329565b519461202161201a6001600160801b038b511684614030565b8095614043565b956020610340510151918380046001148415171561052257818060011b0460021482151715610522576120578260011b8561433a565b61028080516001600160a01b03841690525160208190526040902054969061207e88615887565b9181830192828412906102805113908015821691151617610522578261028051136121c2575b620f424083136121b7575b6120c2816001600160801b038b16614043565b986001600160801b038a116121955760a01c67ffffffffffffffff16948782612184575b506001840184116105225760019967ffffffffffffffff60a01b6001600160a01b039788881661028051526102805160205260a01b16908b860160801b17176040610280512055604051976102805150610280518952602089015260408801526060870152608086015260a085015216917fc3548337a64e3cd1e43b2f475e7cbff9e2c9fe02255a3a599069590882adef2560c060043592a4611de8565b61218e9196614043565b94876120e6565b6001600160a01b038563b323377560e01b610280515216600452602461028051fd5b620f424092506120af565b6102805192506120a4565b50505060019150611de8565b5092906122f9906121fa866001600160801b03610340515191511690614030565b936122b261221760038801966001600160801b0388541690614043565b95600461224a61012061034051019861131b61223c826122378d51615b99565b614030565b916040610340510151614030565b98016001600160801b03612263818b168284541661437e565b166001600160801b03198254161790556122936001600160801b03612288868b614050565b16825460801c61405d565b6001600160801b036001600160801b031983549260801b169116179055565b845161238c575060043561028051526003602052604061028051206024356102805152602052600160406102805120555b6103405160208101519451930151151594614050565b6040519060a0820194602435835260a06020840152610360515180965260c08301936020610360510161028051975b8089106123745750507f64e4ee1a4580cbf3f324681f1562206919d26d114bf4e8c84f879010c52723f89495965060408401526060830152608082015280600435930390a36102805180f35b90956020806001928951815201970198019790612328565b6123de906b0200000000000000000000004260b01b7fffffffffff0000000000ffffffffffffffffffff00ffffffffffffffffffffff6102e0511617176123d2826140c7565b528551611400826140e4565b6122e3565b61ffff6102a05160b81c166101a052611825565b6124056084356004016142e6565b1561252e575060446084350190612421826084356004016142f3565b61034051608001511480159391506124d5575b505061249c576103405160400151610100810361247257505f195b602460843501351660e061034051015260016101006103405101525b848061176d565b6001901b5f1981019081111561244f57634e487b7160e01b61028051526011600452602461028051fd5b60206103405101517f1f2b9db2000000000000000000000000000000000000000000000000000000006102805152600452602461028051fd5b60209192506125226124ef61250e926084356004016142f3565b9390604051938491838301966024608435013588526040840191614108565b606460843501358152038084520182613fb9565b51902014158580612434565b612544915063ffffffff60028701541690614043565b421161246b5760206103405101517f59367303000000000000000000000000000000000000000000000000000000006102805152600452602461028051fd5b60206103405101517f8dd9dece000000000000000000000000000000000000000000000000000000006102805152600452602461028051fd5b5080421115611758565b506116e96125fe600184015463ffffffff6125f3818360a01c1664ffffffffff6102e05160601c16614043565b9160c01c1690614043565b90506116d7565b7ff0754329000000000000000000000000000000000000000000000000000000006102805152600452602461028051fd5b346101b35760203660031901126101b357604051610300810181811067ffffffffffffffff821117612c13576040526102805181526102805160208201526102805160408201526060808201526102805160808201526102805160a08201526102805160c08201526102805160e08201526102805161010082015261028051610120820152610280516101408201526102805161016082015261028051610180820152610280516101a0820152610280516101c0820152610280516101e0820152610280516102008201526102805161022082015261028051610240820152606061026082015261028051610280820152610280516102a0820152610280516102c0820152610280516102e08201526127506004356148e3565b908154916001600160a01b038316825260018101546001600160a01b0381166020840152600582015460408401526040516102805181600685015491612795836141f2565b8083529260018116908115612bf45750600114612ba7575b6127b992500382613fb9565b606084015260ff8460a01c16608084015260ff8460a81c1660a084015260ff8460b01c1660c084015261ffff8460b81c1660e084015260ff8460c81c16151561010084015260ff8460d01c1661012084015261ffff8460d81c1661014084015263ffffffff8160a01c1661016084015263ffffffff8160c01c1661018084015260e01c6101a083015263ffffffff60028201548181166101c0850152818160201c166101e085015267ffffffffffffffff8160401c1661020085015260801c1661022083015260038101546001600160801b0381166102408401526128a360ff8560e81c1661407d565b6128b06040519182613fb9565b60e885901c60ff16808252601f19906128c89061407d565b01610280515b818110612b7e575050610260840152610280515b60ff8560e81c168110612b435750612926929360ff9160801c6102808601526001600160801b036004840154166102a086015260f01c1615156102c08401526147e7565b6102e0820152604051602081526001600160a01b0382511660208201526001600160a01b036020830151166040820152604082015160608201526020606083015161030060808401528051918291826103208601520161034084015e61028051610340828401015260ff60808401511660a083015260ff60a08401511660c083015260ff60c08401511660e083015261ffff60e084015116610100830152610100830151151561012083015260ff6101208401511661014083015261ffff6101408401511661016083015263ffffffff6101608401511661018083015263ffffffff610180840151166101a083015263ffffffff6101a0840151166101c083015263ffffffff6101c0840151166101e083015263ffffffff6101e08401511661020083015267ffffffffffffffff6102008401511661022083015263ffffffff610220840151166102408301526001600160801b036102408401511661026083015261026083015190601f1961034084601f19601f8501168101030101610280840152602061036083519283610340601f19601f84011688010152601f8019910116850101920190610280515b818110612b12575050506102e083610280849501516102a08501526102a08101516102c08501526102c081015115158285015201516103008301520390f35b825180516001600160801b0316855260209081015163ffffffff168186015260409094019390920191600101612ad3565b80612b7781612b5760019460078801613ff6565b50612b6761026089015191614005565b612b7183836140f4565b526140f4565b50016128e2565b602090604051612b8d81613f89565b6102805181526102805183820152828286010152016128ce565b5090600685016102805152602061028051209061028051915b818310612bd85750509060206127b9928201016127ad565b6020919350806001915483858801015201910190918392612bc0565b602092506127b994915060ff191682840152151560051b8201016127ad565b634e487b7160e01b61028051526041600452602461028051fd5b346101b357612c56612c3e36613edd565b90612c4761447b565b612c50816143e4565b50614592565b610280517f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d6102805180f35b346101b35760a03660031901126101b35760043567ffffffffffffffff811681036101b3576024359060ff821682036101b35760443561ffff811681036101b3576040805167ffffffffffffffff909316602084810191825260ff9095169184019190915261ffff9091166060830152606435608083015260843560a0830152612d2691612d1e8160c081015b03601f198101835282613fb9565b519020613fdb565b818151910120604051908152f35b346101b35760203660031901126101b35760043567ffffffffffffffff81116101b35761028060031982360301126101b357602090612d7161447b565b610264612d8082600401614b8a565b91013580612db8575b50610280517f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b612dc29082614592565b82612d89565b346101b35760603660031901126101b357600435602435612de7613ef3565b612def61447b565b612df8836143e4565b6001600160a01b038154163303612ef35760030192835460801c93848411612eb957838561131b612e57936001600160801b03612e3885612c569b614050565b82546001600160801b0316911660801b6001600160801b031916179055565b906040519184835260208301527f305562e9ab693717ce09b35c4baa6c4bd39d3ea9a791c79319dbb833b5e8df3160406001600160a01b03851693a37f000000000000000000000000000000000000000000000000000000000000000061484c565b5090507f53b4ba34000000000000000000000000000000000000000000000000000000006102805152600452602452604452606461028051fd5b836358ea1a2760e01b610280515260045233602452604461028051fd5b346101b35760203660031901126101b3576001600160a01b03612f31613f09565b1661028051526102805160205260206001600160801b03604061028051205416604051908152f35b346101b35760203660031901126101b3576001600160a01b03612f7a613f09565b166102805152610280516020526040610280512054612f9881615887565b612fd06040519283926001600160801b0367ffffffffffffffff8360a01c169216846040919493926060820195825260208201520152565b0390f35b346101b357610280513660031901126101b3576020604051600a8152f35b346101b35761300036613edd565b90610280515260036020526040610280512090610280515260205260206040610280512054604051908152f35b346101b357610280513660031901126101b357602060405160018152f35b346101b35760a03660031901126101b35760043567ffffffffffffffff81116101b35761028060031982360301126101b35760443560ff811681036101b3576130bb60209261309861447b565b6130b3610264820135936084359060643590602435876144ef565b600401614b8a565b9080612db85750610280517f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b346101b35760203660031901126101b357612c5661310c613f09565b61311461447b565b61492f565b346101b357610280513660031901126101b3576020600154604051908152f35b346101b35760e03660031901126101b35760043560443567ffffffffffffffff81116101b35761316d903690600401613eac565b909160643560843567ffffffffffffffff81116101b357613192903690600401613eac565b919060c4359067ffffffffffffffff82116101b357366023830112156101b35781600401359067ffffffffffffffff82116101b35736602483850101116101b3576131dc866143e4565b976131f689549160ff8360a01c16998a916024358b6149ff565b90613200826140c7565b519067ffffffffffffffff821699871015613568578660011b916001600160ff1b0388168803610522578260030191826003116105225760ff9c61324484876140f4565b519d8e60c81c1660038114801561355e575b61352857600214801590613517575b6134e15764ffffffffff8360881c168015613479575b600161328c92015460e01c90614043565b4211613447579061ffff60ff6132aa9360b01c169160481c16614abd565b80890361342757506001600160a01b038b169a8b8a8c6040519182918d8a602085019660a43593309546966132df978b61413c565b03601f19810182526132f19082613fb9565b51902060049384019384106105225761330a84866140f4565b51036133f157936133c961051896946024946133e29461337c79030000000000000000000000000000000000000000000000000060ff60c81b197f7c50bd6f25c94a20f425cc0939dabaefd641be3b73c726531a902c9def1011649f9e9d9b61028051506102805150161791846140f4565b526133a18b60405161339781612d106020820180958b614108565b51902091836140f4565b5284358c916020815160051b910120915f52600360205260405f20905f5260205260405f2055565b6040519788978852606060208901526060880191614195565b928584036040870152016141d2565b878b7f79ce97db000000000000000000000000000000000000000000000000000000006102805152600452602452604461028051fd5b888b635e52baa360e11b6102805152600452602452604452606461028051fd5b8b7f87b262f8000000000000000000000000000000000000000000000000000000006102805152600452602461028051fd5b506134a0600182015463ffffffff6125f3818360a01c1664ffffffffff8860601c16614043565b90814211156134af579061327b565b8d7fee669619000000000000000000000000000000000000000000000000000000006102805152600452602461028051fd5b898d7f38935fc7000000000000000000000000000000000000000000000000000000006102805152600452602452604461028051fd5b50600160ff8460581c161415613265565b8a8e7f12b3a2d1000000000000000000000000000000000000000000000000000000006102805152600452602452604461028051fd5b5060048114613256565b868a634ab40a2760e01b6102805152600452602452604461028051fd5b346101b357610280513660031901126101b357602060405160648152f35b346101b35760603660031901126101b35760243567ffffffffffffffff81116101b35760206135f86136086135dd83943690600401613eac565b93906040519384918383019660043588526040840191614108565b6044358152038084520182613fb9565b519020604051908152f35b346101b357610280513660031901126101b35761362e61447b565b612c563361492f565b346101b35760a03660031901126101b357613650613ef3565b60643567ffffffffffffffff81116101b357602091613676613608923690600401613eac565b612d10604094929451938492878401966084359260243560043530468c61413c565b346101b35760203660031901126101b35760406136b66004356148e3565b6001600160801b036004600383015460801c9201541682519182526020820152f35b346101b357610280513660031901126101b357602060405160028152f35b346101b35760403660031901126101b3576024356004356001600160a01b0382168083036101b35761372661447b565b61372f826143e4565b916001600160a01b03835416330361389b5761374a836147e7565b8042111561386657506003830192835460801c61377660048301916001600160801b0383541690614043565b946001600160801b0381541690556001600160801b031981541690557e010000000000000000000000000000000000000000000000000000000000007fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8254161790557f223b12ab607ec2f061dec352893f3efd7762d44abdaca13fc7b25ef963bf8a546020604051858152a38061383557610280517f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d6102805180f35b61385f917f000000000000000000000000000000000000000000000000000000000000000061484c565b8080612c56565b907f8262f7a0000000000000000000000000000000000000000000000000000000006102805152600452602452604461028051fd5b6358ea1a2760e01b610280515260045233602452604461028051fd5b346101b35760206138c736613edd565b90610280515260048252604061028051208160081c610280515282526040610280512054600160ff60405193161b1615158152f35b346101b35760c03660031901126101b35760643560243560043560ff831683036101b35761394a612c569361392f61447b565b613938836143e4565b5060a4359060843590604435866144ef565b614592565b34613ea857610100366003190112613ea85760243560043560a0366043190112613ea85760e43567ffffffffffffffff8111613ea857613993903690600401613eac565b61399e8392936143e4565b906139a7613f1f565b9367ffffffffffffffff85169467ffffffffffffffff600285015460401c16421015613e7c5783549161ffff8360d81c16881015613e5057855f52600360205260405f20885f52602052600160405f205403613e245792613a06613f1f565b93613a63613a12613f4b565b613a1a613f69565b6040805167ffffffffffffffff90991660208a0190815260ff9093169089015261ffff16606088015260a435608088015260c43560a0880181905296612d1e8160c08101612d10565b6020815191012091600587015492915f915b808310613de65750505003613dba57613a8c613f69565b9061ffff82169260ff80613a9e613f4b565b9260e81c16911610801590613db2575b8015613da7575b613d7b57600160ff82161b90865f52600460205266ffffffffffffff60405f209160081c1690815f5260205260405f205490828216613d4f57875f52600460205260405f20905f526020521760405f2055613b1d610f22613b14613f4b565b60078701613ff6565b613b3163ffffffff60208301511688614429565b613b4d6001600160801b03865492511660ff8360a01c16614030565b9460038101613b71613b6b8254986001600160801b038a1690614043565b86614030565b9660801c808811613d1c5791613b996004926001600160801b03612e388b6101fe9897614050565b016001600160801b03613bb18189168284541661405d565b166001600160801b03198254161790555f61028052609f1c166003018060031161067757613beb6b01000000000000000000000091614095565b9168ff0000000000000000613bfe613f4b565b60401b1688176affff0000000000000000004260601b9260481b16171717613c25826140c7565b5282613c30826140d4565b528051334260a01b17600160c81b17929060031015613d085786948694613ca0847f9dded27346995565f8745752ac6984e932bae69042090a571bddb9edbfb9227396608060c09701528b88916020815160051b910120915f52600360205260405f20905f5260205260405f2055565b613ca8613f4b565b9260ff604051948c86521660208501526040840152606083015260808201524260a0820152a36040519283525f60208401524260408401527f42b88dafd23de24a099cc2c110b2e37eaa10be250570eb00e63348e5bbdd054f60603394a4005b634e487b7160e01b5f52603260045260245ffd5b87897fbef22b9d000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b887f79314825000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b867f26858e7f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506101008311613ab5565b508215613aae565b857f1713d4d5000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b909192613df48483856143c6565b359081811015613e13575f52602052600160405f205b93019190613a75565b905f52602052600160405f20613e0a565b877ff737070f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b877fc5ec1623000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b847f4d09689e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5f80fd5b9181601f84011215613ea85782359167ffffffffffffffff8311613ea8576020808501948460051b010111613ea857565b6040906003190112613ea8576004359060243590565b604435906001600160a01b0382168203613ea857565b600435906001600160a01b0382168203613ea857565b60443567ffffffffffffffff81168103613ea85790565b3567ffffffffffffffff81168103613ea85790565b60643560ff81168103613ea85790565b3560ff81168103613ea85790565b60843561ffff81168103613ea85790565b3561ffff81168103613ea85790565b6040810190811067ffffffffffffffff821117613fa557604052565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff821117613fa557604052565b9060405191602083015260208252613ff4604083613fb9565b565b6008821015613d085701905f90565b9060405161401281613f89565b91546001600160801b038116835260801c63ffffffff166020830152565b8181029291811591840414171561067757565b9190820180921161067757565b9190820391821161067757565b906001600160801b03809116911601906001600160801b03821161067757565b67ffffffffffffffff8111613fa55760051b60200190565b9061409f8261407d565b6140ac6040519182613fb9565b82815280926140bd601f199161407d565b0190602036910137565b805115613d085760200190565b805160011015613d085760400190565b805160021015613d085760600190565b8051821015613d085760209160051b010190565b91907f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8111613ea85760051b809282370190565b9193608893602099989561418e98979385526bffffffffffffffffffffffff199060601b168a850152603484015260548301526bffffffffffffffffffffffff199060601b1660748201520191614108565b9081520190565b90918281527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8311613ea85760209260051b809284830137010190565b908060209392818452848401375f828201840152601f01601f1916010190565b90600182811c92168015614220575b602083101461420c57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691614201565b604051906101c0820182811067ffffffffffffffff821117613fa557604052815f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f6101208201526101a0610100916040516142998482613fb9565b833682376101408201526040516142b08482613fb9565b833682376101608201526040516142c78482613fb9565b83368237610180820152604051926142df8185613fb9565b3684370152565b358015158103613ea85790565b903590601e1981360301821215613ea8570180359067ffffffffffffffff8211613ea857602001918160051b36038313613ea857565b906008811015613d085760051b0190565b81810392915f13801582851316918412161761067757565b7f80000000000000000000000000000000000000000000000000000000000000008114610677575f0390565b906001600160801b03809116911603906001600160801b03821161067757565b81156143a8570490565b634e487b7160e01b5f52601260045260245ffd5b81156143a8570690565b9190811015613d085760051b0190565b5f1981146106775760010190565b906143ee826148e3565b9160ff835460f01c166143fe5750565b7f5e6eb33a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b335f525f60205261443d60405f2054615887565b9082821061444a57505050565b7f4eb2fb83000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c6144c75760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b939091936001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001693843b15613ea8575f9460e493869260ff604051998a9889977fd505accf0000000000000000000000000000000000000000000000000000000089523360048a01523060248a01526044890152606488015216608486015260a485015260c48401525af16145885750565b5f613ff491613fb9565b805f52600260205260405f20917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b038116604051916370a0823160e01b8352306004840152602083602481855afa928315614777575f936147b3575b50604051937f23b872dd000000000000000000000000000000000000000000000000000000005f52336004523060245260445260205f60648180855af19060015f5114821615614794575b50836040525f6060521561478257826024816020936370a0823160e01b82523060048301525afa8015614777575f90614743575b61467e9250614050565b91600381016001600160801b036146a981600461469f88865460801c614043565b9501541684614043565b116146fe5780546001600160801b0316608083901b6001600160801b03191617905560405192835260208301527f9a98994924b3f454e430a7e3c884aa145467ff2913f30a4b4c428a25797c797560403393a3565b60646040516305519d6f60e51b815260206004820152600660248201527f616d6f756e7400000000000000000000000000000000000000000000000000006044820152fd5b506020823d60201161476f575b8161475d60209383613fb9565b81010312613ea85761467e9151614674565b3d9150614750565b6040513d5f823e3d90fd5b635274afe760e01b5f5260045260245ffd5b60018215166147aa573b15153d1516165f614640565b843d5f823e3d90fd5b9092506020813d6020116147df575b816147cf60209383613fb9565b81010312613ea85751915f6145f5565b3d91506147c2565b6148499063ffffffff61483e6148356001600285015494015461482b61481f858360a01c1667ffffffffffffffff8860401c16614043565b858360c01c1690614043565b9060e01c90614043565b82841690614043565b9160201c1690614043565b90565b916001600160a01b03604051927fa9059cbb000000000000000000000000000000000000000000000000000000005f521660045260245260205f60448180865af19060015f51148216156148c2575b604052156148a65750565b6001600160a01b0390635274afe760e01b5f521660045260245ffd5b9060018115166148da57823b15153d1516169061489b565b503d5f823e3d90fd5b90815f52600260205260405f20916001600160a01b03835416156149045750565b7f25435c4e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b335f525f60205260405f20546001600160801b0381169081159081156149e2575b506149b657613ff4916040518281526001600160a01b038216907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb60203392a37f000000000000000000000000000000000000000000000000000000000000000061484c565b7fdc69dc16000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b6001600160801b031990335f525f6020521660405f20555f614950565b9194939290926001600160ff1b03811681036106775760011b60030180600311610677578103614aaa57614a328161407d565b94614a406040519687613fb9565b81865260208601809260051b820191368311613ea857905b828210614a9a57505050845160051b9020905f52600360205260405f20825f5260205260405f205403614a885750565b63a351454960e01b5f5260045260245ffd5b8135815260209182019101614a58565b8263a351454960e01b5f5260045260245ffd5b9080156143a857614ad390610100048092614043565b5f19810191908211610677576148499161439e565b903590601e1981360301821215613ea8570180359067ffffffffffffffff8211613ea857602001918160061b36038313613ea857565b3563ffffffff81168103613ea85790565b356001600160a01b0381168103613ea85790565b903590601e1981360301821215613ea8570180359067ffffffffffffffff8211613ea857602001918136038313613ea857565b356001600160801b0381168103613ea85790565b60ff614b9860608301613f5b565b1615801561586f575b61582a5760ff614bb360808301613f5b565b16158015615805575b80156157da575b61579557614bd360a08201613f5b565b9060ff821660018114158061578a575b8061577f575b80615774575b80615769575b8061575e575b61571957614c0b60e083016142e6565b156156915760c082019061ffff614c2183613f7a565b1615918215615679575b5050615647575b61ffff614c426101208301613f7a565b1615801561562c575b6155e757614c5d610240820182614ae8565b90501580156155ce575b6155895763ffffffff614c7d6101408301614b1e565b16156155445763ffffffff614c956101608301614b1e565b16156154ff5763ffffffff614cad6101808301614b1e565b16156154ba57614cc06101e08201613f36565b67ffffffffffffffff4291161115615475576001600160a01b03614ce382614b2f565b1615615430576020810135156153eb5760408101614d018183614b43565b9050156153a657600154614d14906143d6565b8060015580815f52600260205260405f2094336001600160a01b031686546001600160a01b03191617865560608501614d4c90613f5b565b86549091614d5c60808801613f5b565b60a81b75ff000000000000000000000000000000000000000000169060c08801614d8590613f7a565b60b81b78ffff00000000000000000000000000000000000000000000001660e08901614db0906142e6565b151560c81b91614dc36101008b01613f5b565b60d01b7aff000000000000000000000000000000000000000000000000000016936101208b01614df290613f7a565b60d81b7cffff00000000000000000000000000000000000000000000000000000016956102408c01614e24908d614ae8565b905060e81b7dff0000000000000000000000000000000000000000000000000000000000169760a01b74ff000000000000000000000000000000000000000016907fffffffffffffffffff000000ffffffffffffffffffffffffffffffffffffffff16177fffffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffffff161760ff60c81b19169060b01b76ff0000000000000000000000000000000000000000000016177fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff16177fffffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffff169079ff0000000000000000000000000000000000000000000000000016177fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff161717178555614f6384614b2f565b60018601906001600160a01b031681546001600160a01b0319161781556101408501614f8e90614b1e565b8154614f9d6101608801614b1e565b60c01b7bffffffff00000000000000000000000000000000000000000000000016906101808801614fcd90614b1e565b60e01b7fffffffff00000000000000000000000000000000000000000000000000000000169260a01b77ffffffff000000000000000000000000000000000000000016906001600160a01b031617171790556101a0840161502d90614b1e565b600286019081546101c0870161504290614b1e565b60201b67ffffffff0000000016906101e0880161505e90613f36565b60401b6fffffffffffffffff0000000000000000169263ffffffff16906001600160801b0319161717178155610200850161509890614b1e565b815473ffffffff00000000000000000000000000000000191660809190911b73ffffffff00000000000000000000000000000000161790556150dd6102208501614b76565b60038601906001600160801b031681546001600160801b0319161790556020840135600586015561510e8385614b43565b600687019167ffffffffffffffff8211613fa557819061512e84546141f2565b601f8111615356575b505f90601f83116001146152ec575f926152e1575b50508160011b915f199060031b1c19161790559493945b60075f9601955b615178610240860186614ae8565b90508110156152325761518f610240860186614ae8565b821015613d08578160061b01906151a68189613ff6565b92909261521f576001926151e06020836001600160801b036151ca61521996614b76565b166001600160801b031985541617845501614b1e565b73ffffffff000000000000000000000000000000001973ffffffff0000000000000000000000000000000083549260801b169116179055565b0161516a565b634e487b7160e01b5f525f60045260245ffd5b509193909294505f5b61ffff61524b6101208801613f7a565b1681101561527457600190845f52600360205260405f20815f526020528160405f20550161523b565b5092917f7727ac46ca99b16adcc0cba808dac7c66a5fb0f0a687ded5dfc486ae7e46744260206001600160a01b0393966152dc6152ba6152b383614b2f565b9783614b43565b96909760405194859401358452604060208501521696339660408401916141d2565b0390a4565b013590505f8061514c565b909150601f19831691845f5260205f20925f5b81811061533e5750908460019594939210615325575b505050811b019055949394615163565b01355f19600384901b60f8161c191690555f8080615315565b919360206001819287870135815501950192016152ff565b909150835f5260205f20601f840160051c8101916020851061539c575b90601f859493920160051c01905b81811061538e5750615137565b5f8155849350600101615381565b9091508190615373565b60646040516305519d6f60e51b815260206004820152600960248201527f736368656d6143696400000000000000000000000000000000000000000000006044820152fd5b60646040516305519d6f60e51b815260206004820152600c60248201527f6d616e6966657374526f6f7400000000000000000000000000000000000000006044820152fd5b60646040516305519d6f60e51b815260206004820152600760248201527f61726269746572000000000000000000000000000000000000000000000000006044820152fd5b60646040516305519d6f60e51b815260206004820152600760248201527f656e6454696d65000000000000000000000000000000000000000000000000006044820152fd5b60646040516305519d6f60e51b815260206004820152600c60248201527f72657665616c57696e646f7700000000000000000000000000000000000000006044820152fd5b60646040516305519d6f60e51b815260206004820152600c60248201527f636f6d6d697457696e646f7700000000000000000000000000000000000000006044820152fd5b60646040516305519d6f60e51b815260206004820152600b60248201527f636c61696d57696e646f770000000000000000000000000000000000000000006044820152fd5b60646040516305519d6f60e51b815260206004820152600560248201527f74696572730000000000000000000000000000000000000000000000000000006044820152fd5b5060086155df610240830183614ae8565b905011614c67565b60646040516305519d6f60e51b815260206004820152600560248201527f6c616e65730000000000000000000000000000000000000000000000000000006044820152fd5b5061100061ffff6156406101208401613f7a565b1611614c4b565b6040516305519d6f60e51b81526020600482015260096024820152686e756d4c6162656c7360b81b6044820152606490fd5b61ffff91925061568890613f7a565b16115f80614c2b565b60c08201600261ffff6156a383613f7a565b16109182156156e6575b505015614c32576040516305519d6f60e51b81526020600482015260096024820152686e756d4c6162656c7360b81b6044820152606490fd5b60108110925090826156fc575b50505f806156ad565b61ffff91925061570d600191613f7a565b921b9116115f806156f3565b60646040516305519d6f60e51b815260206004820152600960248201527f6c6162656c4269747300000000000000000000000000000000000000000000006044820152fd5b506020811415614bfb565b506010811415614bf5565b506008811415614bef565b506004811415614be9565b506002811415614be3565b60646040516305519d6f60e51b815260206004820152600160248201527f71000000000000000000000000000000000000000000000000000000000000006044820152fd5b506157e760808201613f5b565b6101fe60ff6157f860608501613f5b565b169160011b161115614bc3565b5061581260808201613f5b565b60ff8061582160608501613f5b565b16911611614bbc565b60646040516305519d6f60e51b815260206004820152600160248201527f6b000000000000000000000000000000000000000000000000000000000000006044820152fd5b50600860ff61588060608401613f5b565b1611614ba1565b60801c63ffffffff168061589b5750606490565b5f1981019081116106775790565b9190935f915f925b8451841015615931576001600160ff1b0384168403610677578360011b600301806003116106775760ff6158e76003928a6140f4565b5160c81c16036159285761591f60019160a0870183871b815117905280615913876101408a0151614329565b52608087015190614043565b935b01926158b1565b92600190615921565b919593949092508181036159fb5750505f5b83518110156159f55760a08401516001821b16156159ed5761596a81610140860151614329565b5160808501516040519060051b809260051b85018237206001600160ff1b0382168203610677578160011b60040180600411610677576159aa90856140f4565b51036159ba576001905b01615943565b60208401517fe7337b65000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b6001906159b4565b50505050565b6020850151635e52baa360e11b5f5260045260245260445260645ffd5b939092919260e085015115615b9157600160608601511b90815f1981011161067757606086015180156143a8576101009897949895939504925f975b6040880151891015615b475760e088015160018a1b1615615b3957615a79858a61439e565b95615a92615a87878c6143bc565b60608b015190614030565b955f198601615aa2898b8f6143c6565b35881c16985f5b8b51811015615b1f57808b8d8a6001948e60a084015187831b1615615b1557610e29615ae192610140615ae8955f1901960151614329565b8a8c6143c6565b358c1c1603615af8575b01615aa9565b6101a08d0151615b0f82610e5e610e588285614329565b52615af2565b5050505050615af2565b5096509650986001919a9297505b01979493959098615a54565b989095939497600190615b2d565b9850505050509250505f5b8151811015615b8c578083615b6e6001936101a0860151614329565b5111615b7b575b01615b52565b60c0830182821b8151179052615b75565b505050565b505050505050565b90815f925b615ba55750565b915f19830183811161067757615bbe93169283916143d6565b92615b9e56",
}

// KappaHub is an auto generated Go binding around an Ethereum contract.
type KappaHub struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *KappaHub) GetABI() abi.ABI {
	return c.abi
}

// NewKappaHub creates a new instance of KappaHub.
func NewKappaHub() *KappaHub {
	parsed, err := KappaHubMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &KappaHub{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *KappaHub) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_) returns()
func (kappaHub *KappaHub) PackConstructor(token_ common.Address) []byte {
	enc, err := kappaHub.abi.Pack("", token_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAGREEGAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x766c5f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AGREE_GAIN() view returns(uint256)
func (kappaHub *KappaHub) PackAGREEGAIN() []byte {
	enc, err := kappaHub.abi.Pack("AGREE_GAIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAGREEGAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x766c5f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function AGREE_GAIN() view returns(uint256)
func (kappaHub *KappaHub) TryPackAGREEGAIN() ([]byte, error) {
	return kappaHub.abi.Pack("AGREE_GAIN")
}

// UnpackAGREEGAIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x766c5f25.
//
// Solidity: function AGREE_GAIN() view returns(uint256)
func (kappaHub *KappaHub) UnpackAGREEGAIN(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("AGREE_GAIN", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDISAGREELOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29e9cb4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DISAGREE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) PackDISAGREELOSS() []byte {
	enc, err := kappaHub.abi.Pack("DISAGREE_LOSS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDISAGREELOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29e9cb4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DISAGREE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) TryPackDISAGREELOSS() ([]byte, error) {
	return kappaHub.abi.Pack("DISAGREE_LOSS")
}

// UnpackDISAGREELOSS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29e9cb4c.
//
// Solidity: function DISAGREE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) UnpackDISAGREELOSS(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("DISAGREE_LOSS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGOLDMISSLOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe700f219.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GOLD_MISS_LOSS() view returns(uint256)
func (kappaHub *KappaHub) PackGOLDMISSLOSS() []byte {
	enc, err := kappaHub.abi.Pack("GOLD_MISS_LOSS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGOLDMISSLOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe700f219.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GOLD_MISS_LOSS() view returns(uint256)
func (kappaHub *KappaHub) TryPackGOLDMISSLOSS() ([]byte, error) {
	return kappaHub.abi.Pack("GOLD_MISS_LOSS")
}

// UnpackGOLDMISSLOSS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe700f219.
//
// Solidity: function GOLD_MISS_LOSS() view returns(uint256)
func (kappaHub *KappaHub) UnpackGOLDMISSLOSS(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("GOLD_MISS_LOSS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLAPSELOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc701a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LAPSE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) PackLAPSELOSS() []byte {
	enc, err := kappaHub.abi.Pack("LAPSE_LOSS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLAPSELOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc701a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LAPSE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) TryPackLAPSELOSS() ([]byte, error) {
	return kappaHub.abi.Pack("LAPSE_LOSS")
}

// UnpackLAPSELOSS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc701a3.
//
// Solidity: function LAPSE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) UnpackLAPSELOSS(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("LAPSE_LOSS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXREPUTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd213c0f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) PackMAXREPUTATION() []byte {
	enc, err := kappaHub.abi.Pack("MAX_REPUTATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREPUTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd213c0f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) TryPackMAXREPUTATION() ([]byte, error) {
	return kappaHub.abi.Pack("MAX_REPUTATION")
}

// UnpackMAXREPUTATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd213c0f2.
//
// Solidity: function MAX_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) UnpackMAXREPUTATION(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("MAX_REPUTATION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNOREVEALLOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfec1ea50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NO_REVEAL_LOSS() view returns(uint256)
func (kappaHub *KappaHub) PackNOREVEALLOSS() []byte {
	enc, err := kappaHub.abi.Pack("NO_REVEAL_LOSS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNOREVEALLOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfec1ea50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NO_REVEAL_LOSS() view returns(uint256)
func (kappaHub *KappaHub) TryPackNOREVEALLOSS() ([]byte, error) {
	return kappaHub.abi.Pack("NO_REVEAL_LOSS")
}

// UnpackNOREVEALLOSS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfec1ea50.
//
// Solidity: function NO_REVEAL_LOSS() view returns(uint256)
func (kappaHub *KappaHub) UnpackNOREVEALLOSS(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("NO_REVEAL_LOSS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSTARTREPUTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fb18d17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function START_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) PackSTARTREPUTATION() []byte {
	enc, err := kappaHub.abi.Pack("START_REPUTATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTARTREPUTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fb18d17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function START_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) TryPackSTARTREPUTATION() ([]byte, error) {
	return kappaHub.abi.Pack("START_REPUTATION")
}

// UnpackSTARTREPUTATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4fb18d17.
//
// Solidity: function START_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) UnpackSTARTREPUTATION(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("START_REPUTATION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8086b8ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountOf(address account) view returns(uint256 credited, uint256 reputation, uint256 tasksPaid)
func (kappaHub *KappaHub) PackAccountOf(account common.Address) []byte {
	enc, err := kappaHub.abi.Pack("accountOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8086b8ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountOf(address account) view returns(uint256 credited, uint256 reputation, uint256 tasksPaid)
func (kappaHub *KappaHub) TryPackAccountOf(account common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("accountOf", account)
}

// AccountOfOutput serves as a container for the return parameters of contract
// method AccountOf.
type AccountOfOutput struct {
	Credited   *big.Int
	Reputation *big.Int
	TasksPaid  *big.Int
}

// UnpackAccountOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8086b8ba.
//
// Solidity: function accountOf(address account) view returns(uint256 credited, uint256 reputation, uint256 tasksPaid)
func (kappaHub *KappaHub) UnpackAccountOf(data []byte) (AccountOfOutput, error) {
	out, err := kappaHub.abi.Unpack("accountOf", data)
	outstruct := new(AccountOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Credited = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Reputation = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.TasksPaid = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCampaignCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7274e30d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function campaignCount() view returns(uint256)
func (kappaHub *KappaHub) PackCampaignCount() []byte {
	enc, err := kappaHub.abi.Pack("campaignCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCampaignCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7274e30d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function campaignCount() view returns(uint256)
func (kappaHub *KappaHub) TryPackCampaignCount() ([]byte, error) {
	return kappaHub.abi.Pack("campaignCount")
}

// UnpackCampaignCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7274e30d.
//
// Solidity: function campaignCount() view returns(uint256)
func (kappaHub *KappaHub) UnpackCampaignCount(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("campaignCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCampaignInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb2238ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function campaignInfo(uint256 campaignId) view returns((address,address,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256,uint256,bool,uint256) info)
func (kappaHub *KappaHub) PackCampaignInfo(campaignId *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("campaignInfo", campaignId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCampaignInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb2238ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function campaignInfo(uint256 campaignId) view returns((address,address,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256,uint256,bool,uint256) info)
func (kappaHub *KappaHub) TryPackCampaignInfo(campaignId *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("campaignInfo", campaignId)
}

// UnpackCampaignInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb2238ec.
//
// Solidity: function campaignInfo(uint256 campaignId) view returns((address,address,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256,uint256,bool,uint256) info)
func (kappaHub *KappaHub) UnpackCampaignInfo(data []byte) (KappaHubCampaignInfo, error) {
	out, err := kappaHub.abi.Unpack("campaignInfo", data)
	if err != nil {
		return *new(KappaHubCampaignInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(KappaHubCampaignInfo)).(*KappaHubCampaignInfo)
	return out0, nil
}

// PackChunkLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c71ddb8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chunkLeafHash((uint64,uint8,uint16,bytes32,bytes32) leaf) pure returns(bytes32)
func (kappaHub *KappaHub) PackChunkLeafHash(leaf KappaHubChunkLeaf) []byte {
	enc, err := kappaHub.abi.Pack("chunkLeafHash", leaf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChunkLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c71ddb8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chunkLeafHash((uint64,uint8,uint16,bytes32,bytes32) leaf) pure returns(bytes32)
func (kappaHub *KappaHub) TryPackChunkLeafHash(leaf KappaHubChunkLeaf) ([]byte, error) {
	return kappaHub.abi.Pack("chunkLeafHash", leaf)
}

// UnpackChunkLeafHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c71ddb8.
//
// Solidity: function chunkLeafHash((uint64,uint8,uint16,bytes32,bytes32) leaf) pure returns(bytes32)
func (kappaHub *KappaHub) UnpackChunkLeafHash(data []byte) ([32]byte, error) {
	out, err := kappaHub.abi.Unpack("chunkLeafHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackChunkTaken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24556f92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chunkTaken(uint256 campaignId, uint256 chunkId) view returns(bool)
func (kappaHub *KappaHub) PackChunkTaken(campaignId *big.Int, chunkId *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("chunkTaken", campaignId, chunkId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChunkTaken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24556f92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chunkTaken(uint256 campaignId, uint256 chunkId) view returns(bool)
func (kappaHub *KappaHub) TryPackChunkTaken(campaignId *big.Int, chunkId *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("chunkTaken", campaignId, chunkId)
}

// UnpackChunkTaken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24556f92.
//
// Solidity: function chunkTaken(uint256 campaignId, uint256 chunkId) view returns(bool)
func (kappaHub *KappaHub) UnpackChunkTaken(data []byte) (bool, error) {
	out, err := kappaHub.abi.Unpack("chunkTaken", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f70cb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat) returns()
func (kappaHub *KappaHub) PackClaim(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("claim", campaignId, lane, rec, seat)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f70cb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat) returns()
func (kappaHub *KappaHub) TryPackClaim(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("claim", campaignId, lane, rec, seat)
}

// PackClaimOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a800d5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimOpen(uint256 campaignId, uint256 lane, (uint64,uint8,uint16,bytes32,bytes32) leaf, bytes32[] proof) returns()
func (kappaHub *KappaHub) PackClaimOpen(campaignId *big.Int, lane *big.Int, leaf KappaHubChunkLeaf, proof [][32]byte) []byte {
	enc, err := kappaHub.abi.Pack("claimOpen", campaignId, lane, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a800d5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimOpen(uint256 campaignId, uint256 lane, (uint64,uint8,uint16,bytes32,bytes32) leaf, bytes32[] proof) returns()
func (kappaHub *KappaHub) TryPackClaimOpen(campaignId *big.Int, lane *big.Int, leaf KappaHubChunkLeaf, proof [][32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("claimOpen", campaignId, lane, leaf, proof)
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd33009f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, bytes32 commitment) returns()
func (kappaHub *KappaHub) PackCommit(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, commitment [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("commit", campaignId, lane, rec, seat, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd33009f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, bytes32 commitment) returns()
func (kappaHub *KappaHub) TryPackCommit(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, commitment [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("commit", campaignId, lane, rec, seat, commitment)
}

// PackCommitmentFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b62de1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentFor(uint256 campaignId, uint256 chunkId, address annotator, uint256[] labels, bytes32 salt) view returns(bytes32)
func (kappaHub *KappaHub) PackCommitmentFor(campaignId *big.Int, chunkId *big.Int, annotator common.Address, labels []*big.Int, salt [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("commitmentFor", campaignId, chunkId, annotator, labels, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b62de1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentFor(uint256 campaignId, uint256 chunkId, address annotator, uint256[] labels, bytes32 salt) view returns(bytes32)
func (kappaHub *KappaHub) TryPackCommitmentFor(campaignId *big.Int, chunkId *big.Int, annotator common.Address, labels []*big.Int, salt [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("commitmentFor", campaignId, chunkId, annotator, labels, salt)
}

// UnpackCommitmentFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b62de1a.
//
// Solidity: function commitmentFor(uint256 campaignId, uint256 chunkId, address annotator, uint256[] labels, bytes32 salt) view returns(bytes32)
func (kappaHub *KappaHub) UnpackCommitmentFor(data []byte) ([32]byte, error) {
	out, err := kappaHub.abi.Unpack("commitmentFor", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCreateCampaign is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9aa2aac3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createCampaign((address,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p) returns(uint256 campaignId)
func (kappaHub *KappaHub) PackCreateCampaign(p KappaHubCampaignParams) []byte {
	enc, err := kappaHub.abi.Pack("createCampaign", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateCampaign is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9aa2aac3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createCampaign((address,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p) returns(uint256 campaignId)
func (kappaHub *KappaHub) TryPackCreateCampaign(p KappaHubCampaignParams) ([]byte, error) {
	return kappaHub.abi.Pack("createCampaign", p)
}

// UnpackCreateCampaign is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9aa2aac3.
//
// Solidity: function createCampaign((address,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p) returns(uint256 campaignId)
func (kappaHub *KappaHub) UnpackCreateCampaign(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("createCampaign", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateCampaignWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7642ff68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createCampaignWithPermit((address,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 campaignId)
func (kappaHub *KappaHub) PackCreateCampaignWithPermit(p KappaHubCampaignParams, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("createCampaignWithPermit", p, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateCampaignWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7642ff68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createCampaignWithPermit((address,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 campaignId)
func (kappaHub *KappaHub) TryPackCreateCampaignWithPermit(p KappaHubCampaignParams, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("createCampaignWithPermit", p, deadline, v, r, s)
}

// UnpackCreateCampaignWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7642ff68.
//
// Solidity: function createCampaignWithPermit((address,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 campaignId)
func (kappaHub *KappaHub) UnpackCreateCampaignWithPermit(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("createCampaignWithPermit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreditedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86440599.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function creditedOf(address account) view returns(uint256)
func (kappaHub *KappaHub) PackCreditedOf(account common.Address) []byte {
	enc, err := kappaHub.abi.Pack("creditedOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreditedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86440599.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function creditedOf(address account) view returns(uint256)
func (kappaHub *KappaHub) TryPackCreditedOf(account common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("creditedOf", account)
}

// UnpackCreditedOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86440599.
//
// Solidity: function creditedOf(address account) view returns(uint256)
func (kappaHub *KappaHub) UnpackCreditedOf(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("creditedOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEscrowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d2a8d9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowOf(uint256 campaignId) view returns(uint256 unreserved, uint256 reserved)
func (kappaHub *KappaHub) PackEscrowOf(campaignId *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("escrowOf", campaignId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d2a8d9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowOf(uint256 campaignId) view returns(uint256 unreserved, uint256 reserved)
func (kappaHub *KappaHub) TryPackEscrowOf(campaignId *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("escrowOf", campaignId)
}

// EscrowOfOutput serves as a container for the return parameters of contract
// method EscrowOf.
type EscrowOfOutput struct {
	Unreserved *big.Int
	Reserved   *big.Int
}

// UnpackEscrowOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d2a8d9c.
//
// Solidity: function escrowOf(uint256 campaignId) view returns(uint256 unreserved, uint256 reserved)
func (kappaHub *KappaHub) UnpackEscrowOf(data []byte) (EscrowOfOutput, error) {
	out, err := kappaHub.abi.Unpack("escrowOf", data)
	outstruct := new(EscrowOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Unreserved = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Reserved = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf7363c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 campaignId, uint256 lane, uint256[] rec, uint256[] labels, (bool,uint256,uint256[],bytes32) gold) returns()
func (kappaHub *KappaHub) PackFinalize(campaignId *big.Int, lane *big.Int, rec []*big.Int, labels []*big.Int, gold KappaHubGold) []byte {
	enc, err := kappaHub.abi.Pack("finalize", campaignId, lane, rec, labels, gold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf7363c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 campaignId, uint256 lane, uint256[] rec, uint256[] labels, (bool,uint256,uint256[],bytes32) gold) returns()
func (kappaHub *KappaHub) TryPackFinalize(campaignId *big.Int, lane *big.Int, rec []*big.Int, labels []*big.Int, gold KappaHubGold) ([]byte, error) {
	return kappaHub.abi.Pack("finalize", campaignId, lane, rec, labels, gold)
}

// PackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa65e2cfd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fund(uint256 campaignId, uint256 amount) returns()
func (kappaHub *KappaHub) PackFund(campaignId *big.Int, amount *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("fund", campaignId, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa65e2cfd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fund(uint256 campaignId, uint256 amount) returns()
func (kappaHub *KappaHub) TryPackFund(campaignId *big.Int, amount *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("fund", campaignId, amount)
}

// PackFundWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c0c2ec5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundWithPermit(uint256 campaignId, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (kappaHub *KappaHub) PackFundWithPermit(campaignId *big.Int, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("fundWithPermit", campaignId, amount, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c0c2ec5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundWithPermit(uint256 campaignId, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (kappaHub *KappaHub) TryPackFundWithPermit(campaignId *big.Int, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("fundWithPermit", campaignId, amount, deadline, v, r, s)
}

// PackGoldCommitmentFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x459713d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function goldCommitmentFor(uint256 mask, uint256[] labels, bytes32 salt) pure returns(bytes32)
func (kappaHub *KappaHub) PackGoldCommitmentFor(mask *big.Int, labels []*big.Int, salt [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("goldCommitmentFor", mask, labels, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGoldCommitmentFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x459713d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function goldCommitmentFor(uint256 mask, uint256[] labels, bytes32 salt) pure returns(bytes32)
func (kappaHub *KappaHub) TryPackGoldCommitmentFor(mask *big.Int, labels []*big.Int, salt [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("goldCommitmentFor", mask, labels, salt)
}

// UnpackGoldCommitmentFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x459713d8.
//
// Solidity: function goldCommitmentFor(uint256 mask, uint256[] labels, bytes32 salt) pure returns(bytes32)
func (kappaHub *KappaHub) UnpackGoldCommitmentFor(data []byte) ([32]byte, error) {
	out, err := kappaHub.abi.Unpack("goldCommitmentFor", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLaneHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77a8be3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function laneHash(uint256 campaignId, uint256 lane) view returns(bytes32)
func (kappaHub *KappaHub) PackLaneHash(campaignId *big.Int, lane *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("laneHash", campaignId, lane)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLaneHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77a8be3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function laneHash(uint256 campaignId, uint256 lane) view returns(bytes32)
func (kappaHub *KappaHub) TryPackLaneHash(campaignId *big.Int, lane *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("laneHash", campaignId, lane)
}

// UnpackLaneHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77a8be3a.
//
// Solidity: function laneHash(uint256 campaignId, uint256 lane) view returns(bytes32)
func (kappaHub *KappaHub) UnpackLaneHash(data []byte) ([32]byte, error) {
	out, err := kappaHub.abi.Unpack("laneHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLaneHashes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd361ccb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function laneHashes(uint256 campaignId) view returns(bytes32[] hashes)
func (kappaHub *KappaHub) PackLaneHashes(campaignId *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("laneHashes", campaignId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLaneHashes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd361ccb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function laneHashes(uint256 campaignId) view returns(bytes32[] hashes)
func (kappaHub *KappaHub) TryPackLaneHashes(campaignId *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("laneHashes", campaignId)
}

// UnpackLaneHashes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd361ccb.
//
// Solidity: function laneHashes(uint256 campaignId) view returns(bytes32[] hashes)
func (kappaHub *KappaHub) UnpackLaneHashes(data []byte) ([][32]byte, error) {
	out, err := kappaHub.abi.Unpack("laneHashes", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28ed4f6c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaim(uint256 campaignId, address to) returns()
func (kappaHub *KappaHub) PackReclaim(campaignId *big.Int, to common.Address) []byte {
	enc, err := kappaHub.abi.Pack("reclaim", campaignId, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28ed4f6c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaim(uint256 campaignId, address to) returns()
func (kappaHub *KappaHub) TryPackReclaim(campaignId *big.Int, to common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("reclaim", campaignId, to)
}

// PackReputationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb89c044.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reputationOf(address account) view returns(uint256)
func (kappaHub *KappaHub) PackReputationOf(account common.Address) []byte {
	enc, err := kappaHub.abi.Pack("reputationOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReputationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb89c044.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reputationOf(address account) view returns(uint256)
func (kappaHub *KappaHub) TryPackReputationOf(account common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("reputationOf", account)
}

// UnpackReputationOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb89c044.
//
// Solidity: function reputationOf(address account) view returns(uint256)
func (kappaHub *KappaHub) UnpackReputationOf(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("reputationOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc59c36d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve(uint256 campaignId, uint256 lane, uint256[] rec, uint256[] labels, uint256 taskMask, uint256[] finalLabels) returns()
func (kappaHub *KappaHub) PackResolve(campaignId *big.Int, lane *big.Int, rec []*big.Int, labels []*big.Int, taskMask *big.Int, finalLabels []*big.Int) []byte {
	enc, err := kappaHub.abi.Pack("resolve", campaignId, lane, rec, labels, taskMask, finalLabels)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc59c36d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve(uint256 campaignId, uint256 lane, uint256[] rec, uint256[] labels, uint256 taskMask, uint256[] finalLabels) returns()
func (kappaHub *KappaHub) TryPackResolve(campaignId *big.Int, lane *big.Int, rec []*big.Int, labels []*big.Int, taskMask *big.Int, finalLabels []*big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("resolve", campaignId, lane, rec, labels, taskMask, finalLabels)
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fd30481.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, uint256[] labels, bytes32 salt, string cid) returns()
func (kappaHub *KappaHub) PackReveal(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, labels []*big.Int, salt [32]byte, cid string) []byte {
	enc, err := kappaHub.abi.Pack("reveal", campaignId, lane, rec, seat, labels, salt, cid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fd30481.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, uint256[] labels, bytes32 salt, string cid) returns()
func (kappaHub *KappaHub) TryPackReveal(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, labels []*big.Int, salt [32]byte, cid string) ([]byte, error) {
	return kappaHub.abi.Pack("reveal", campaignId, lane, rec, seat, labels, salt, cid)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (kappaHub *KappaHub) PackToken() []byte {
	enc, err := kappaHub.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (kappaHub *KappaHub) TryPackToken() ([]byte, error) {
	return kappaHub.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (kappaHub *KappaHub) UnpackToken(data []byte) (common.Address, error) {
	out, err := kappaHub.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (kappaHub *KappaHub) PackWithdraw() []byte {
	enc, err := kappaHub.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (kappaHub *KappaHub) TryPackWithdraw() ([]byte, error) {
	return kappaHub.abi.Pack("withdraw")
}

// PackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72b0d90c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawTo(address to) returns()
func (kappaHub *KappaHub) PackWithdrawTo(to common.Address) []byte {
	enc, err := kappaHub.abi.Pack("withdrawTo", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72b0d90c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawTo(address to) returns()
func (kappaHub *KappaHub) TryPackWithdrawTo(to common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("withdrawTo", to)
}

// PackWithdrawUnreserved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f9da7b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawUnreserved(uint256 campaignId, uint256 amount, address to) returns()
func (kappaHub *KappaHub) PackWithdrawUnreserved(campaignId *big.Int, amount *big.Int, to common.Address) []byte {
	enc, err := kappaHub.abi.Pack("withdrawUnreserved", campaignId, amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawUnreserved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f9da7b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawUnreserved(uint256 campaignId, uint256 amount, address to) returns()
func (kappaHub *KappaHub) TryPackWithdrawUnreserved(campaignId *big.Int, amount *big.Int, to common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("withdrawUnreserved", campaignId, amount, to)
}

// KappaHubCampaignCreated represents a CampaignCreated event raised by the KappaHub contract.
type KappaHubCampaignCreated struct {
	CampaignId   *big.Int
	Requester    common.Address
	Arbiter      common.Address
	ManifestRoot [32]byte
	SchemaCid    string
	Raw          *types.Log // Blockchain specific contextual infos
}

const KappaHubCampaignCreatedEventName = "CampaignCreated"

// ContractEventName returns the user-defined event name.
func (KappaHubCampaignCreated) ContractEventName() string {
	return KappaHubCampaignCreatedEventName
}

// UnpackCampaignCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CampaignCreated(uint256 indexed campaignId, address indexed requester, address indexed arbiter, bytes32 manifestRoot, string schemaCid)
func (kappaHub *KappaHub) UnpackCampaignCreatedEvent(log *types.Log) (*KappaHubCampaignCreated, error) {
	event := "CampaignCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubCampaignCreated)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubCampaignReclaimed represents a CampaignReclaimed event raised by the KappaHub contract.
type KappaHubCampaignReclaimed struct {
	CampaignId *big.Int
	To         common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubCampaignReclaimedEventName = "CampaignReclaimed"

// ContractEventName returns the user-defined event name.
func (KappaHubCampaignReclaimed) ContractEventName() string {
	return KappaHubCampaignReclaimedEventName
}

// UnpackCampaignReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CampaignReclaimed(uint256 indexed campaignId, address indexed to, uint256 amount)
func (kappaHub *KappaHub) UnpackCampaignReclaimedEvent(log *types.Log) (*KappaHubCampaignReclaimed, error) {
	event := "CampaignReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubCampaignReclaimed)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubChunkOpened represents a ChunkOpened event raised by the KappaHub contract.
type KappaHubChunkOpened struct {
	CampaignId     *big.Int
	ChunkId        *big.Int
	Lane           *big.Int
	Tier           *big.Int
	Size           *big.Int
	GoldCommitment [32]byte
	Reserved       *big.Int
	OpenedAt       *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const KappaHubChunkOpenedEventName = "ChunkOpened"

// ContractEventName returns the user-defined event name.
func (KappaHubChunkOpened) ContractEventName() string {
	return KappaHubChunkOpenedEventName
}

// UnpackChunkOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChunkOpened(uint256 indexed campaignId, uint256 indexed chunkId, uint256 lane, uint256 tier, uint256 size, bytes32 goldCommitment, uint256 reserved, uint256 openedAt)
func (kappaHub *KappaHub) UnpackChunkOpenedEvent(log *types.Log) (*KappaHubChunkOpened, error) {
	event := "ChunkOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubChunkOpened)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubClaimed represents a Claimed event raised by the KappaHub contract.
type KappaHubClaimed struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Annotator  common.Address
	Lane       *big.Int
	Seat       *big.Int
	ClaimedAt  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (KappaHubClaimed) ContractEventName() string {
	return KappaHubClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(uint256 indexed campaignId, uint256 indexed chunkId, address indexed annotator, uint256 lane, uint256 seat, uint256 claimedAt)
func (kappaHub *KappaHub) UnpackClaimedEvent(log *types.Log) (*KappaHubClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubClaimed)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubCommitted represents a Committed event raised by the KappaHub contract.
type KappaHubCommitted struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Annotator  common.Address
	Seat       *big.Int
	Commitment [32]byte
	RevealAt   *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubCommittedEventName = "Committed"

// ContractEventName returns the user-defined event name.
func (KappaHubCommitted) ContractEventName() string {
	return KappaHubCommittedEventName
}

// UnpackCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Committed(uint256 indexed campaignId, uint256 indexed chunkId, address indexed annotator, uint256 seat, bytes32 commitment, uint256 revealAt)
func (kappaHub *KappaHub) UnpackCommittedEvent(log *types.Log) (*KappaHubCommitted, error) {
	event := "Committed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubCommitted)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubEscrowWithdrawn represents a EscrowWithdrawn event raised by the KappaHub contract.
type KappaHubEscrowWithdrawn struct {
	CampaignId *big.Int
	To         common.Address
	Amount     *big.Int
	Unreserved *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubEscrowWithdrawnEventName = "EscrowWithdrawn"

// ContractEventName returns the user-defined event name.
func (KappaHubEscrowWithdrawn) ContractEventName() string {
	return KappaHubEscrowWithdrawnEventName
}

// UnpackEscrowWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowWithdrawn(uint256 indexed campaignId, address indexed to, uint256 amount, uint256 unreserved)
func (kappaHub *KappaHub) UnpackEscrowWithdrawnEvent(log *types.Log) (*KappaHubEscrowWithdrawn, error) {
	event := "EscrowWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubEscrowWithdrawn)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubFinalized represents a Finalized event raised by the KappaHub contract.
type KappaHubFinalized struct {
	CampaignId   *big.Int
	ChunkId      *big.Int
	Lane         *big.Int
	Accepted     []*big.Int
	DisputeMask  *big.Int
	GoldRevealed bool
	Released     *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const KappaHubFinalizedEventName = "Finalized"

// ContractEventName returns the user-defined event name.
func (KappaHubFinalized) ContractEventName() string {
	return KappaHubFinalizedEventName
}

// UnpackFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Finalized(uint256 indexed campaignId, uint256 indexed chunkId, uint256 lane, uint256[] accepted, uint256 disputeMask, bool goldRevealed, uint256 released)
func (kappaHub *KappaHub) UnpackFinalizedEvent(log *types.Log) (*KappaHubFinalized, error) {
	event := "Finalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubFinalized)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubFunded represents a Funded event raised by the KappaHub contract.
type KappaHubFunded struct {
	CampaignId *big.Int
	From       common.Address
	Amount     *big.Int
	Unreserved *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubFundedEventName = "Funded"

// ContractEventName returns the user-defined event name.
func (KappaHubFunded) ContractEventName() string {
	return KappaHubFundedEventName
}

// UnpackFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Funded(uint256 indexed campaignId, address indexed from, uint256 amount, uint256 unreserved)
func (kappaHub *KappaHub) UnpackFundedEvent(log *types.Log) (*KappaHubFunded, error) {
	event := "Funded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubFunded)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubResolved represents a Resolved event raised by the KappaHub contract.
type KappaHubResolved struct {
	CampaignId        *big.Int
	ChunkId           *big.Int
	Reviewer          common.Address
	TaskMask          *big.Int
	Labels            []*big.Int
	Fee               *big.Int
	RemainingDisputes *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const KappaHubResolvedEventName = "Resolved"

// ContractEventName returns the user-defined event name.
func (KappaHubResolved) ContractEventName() string {
	return KappaHubResolvedEventName
}

// UnpackResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Resolved(uint256 indexed campaignId, uint256 indexed chunkId, address indexed reviewer, uint256 taskMask, uint256[] labels, uint256 fee, uint256 remainingDisputes)
func (kappaHub *KappaHub) UnpackResolvedEvent(log *types.Log) (*KappaHubResolved, error) {
	event := "Resolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubResolved)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubRevealed represents a Revealed event raised by the KappaHub contract.
type KappaHubRevealed struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Annotator  common.Address
	Seat       *big.Int
	Labels     []*big.Int
	Cid        string
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubRevealedEventName = "Revealed"

// ContractEventName returns the user-defined event name.
func (KappaHubRevealed) ContractEventName() string {
	return KappaHubRevealedEventName
}

// UnpackRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revealed(uint256 indexed campaignId, uint256 indexed chunkId, address indexed annotator, uint256 seat, uint256[] labels, string cid)
func (kappaHub *KappaHub) UnpackRevealedEvent(log *types.Log) (*KappaHubRevealed, error) {
	event := "Revealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubRevealed)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubSettled represents a Settled event raised by the KappaHub contract.
type KappaHubSettled struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Account    common.Address
	Reason     uint8
	Matched    *big.Int
	Missed     *big.Int
	Credited   *big.Int
	RepDelta   *big.Int
	Reputation *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubSettledEventName = "Settled"

// ContractEventName returns the user-defined event name.
func (KappaHubSettled) ContractEventName() string {
	return KappaHubSettledEventName
}

// UnpackSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Settled(uint256 indexed campaignId, uint256 indexed chunkId, address indexed account, uint8 reason, uint256 matched, uint256 missed, uint256 credited, int256 repDelta, uint256 reputation)
func (kappaHub *KappaHub) UnpackSettledEvent(log *types.Log) (*KappaHubSettled, error) {
	event := "Settled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubSettled)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubWithdrawn represents a Withdrawn event raised by the KappaHub contract.
type KappaHubWithdrawn struct {
	Account common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const KappaHubWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (KappaHubWithdrawn) ContractEventName() string {
	return KappaHubWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, address indexed to, uint256 amount)
func (kappaHub *KappaHub) UnpackWithdrawnEvent(log *types.Log) (*KappaHubWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubWithdrawn)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (kappaHub *KappaHub) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return kappaHub.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["AlreadyFinalized"].ID.Bytes()[:4]) {
		return kappaHub.UnpackAlreadyFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["BalanceOverflow"].ID.Bytes()[:4]) {
		return kappaHub.UnpackBalanceOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CampaignClosed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCampaignClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CampaignEnded"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCampaignEndedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CampaignNotOver"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCampaignNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ChunkTaken"].ID.Bytes()[:4]) {
		return kappaHub.UnpackChunkTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ClaimWindowClosed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackClaimWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CommitWindowClosed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCommitWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["EmptyCommitment"].ID.Bytes()[:4]) {
		return kappaHub.UnpackEmptyCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["FinalizeTooEarly"].ID.Bytes()[:4]) {
		return kappaHub.UnpackFinalizeTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["GoldMismatch"].ID.Bytes()[:4]) {
		return kappaHub.UnpackGoldMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["GoldRequired"].ID.Bytes()[:4]) {
		return kappaHub.UnpackGoldRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InsufficientEscrow"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInsufficientEscrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InsufficientUnreserved"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInsufficientUnreservedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidChunk"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidChunkError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidChunkProof"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidChunkProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidLabel"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidLabelError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidParameter"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidSeat"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidSeatError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["LabelsMismatch"].ID.Bytes()[:4]) {
		return kappaHub.UnpackLabelsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["LaneBusy"].ID.Bytes()[:4]) {
		return kappaHub.UnpackLaneBusyError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotCommitted"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotDisputed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotDisputedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotRequester"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotRequesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotReviewer"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotReviewerError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotSeatHolder"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotSeatHolderError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return kappaHub.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ReputationTooLow"].ID.Bytes()[:4]) {
		return kappaHub.UnpackReputationTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["RevealTooEarly"].ID.Bytes()[:4]) {
		return kappaHub.UnpackRevealTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["RevealWindowClosed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackRevealWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ReviewerIsAnnotator"].ID.Bytes()[:4]) {
		return kappaHub.UnpackReviewerIsAnnotatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return kappaHub.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["SeatTaken"].ID.Bytes()[:4]) {
		return kappaHub.UnpackSeatTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["StaleRecord"].ID.Bytes()[:4]) {
		return kappaHub.UnpackStaleRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["UnknownCampaign"].ID.Bytes()[:4]) {
		return kappaHub.UnpackUnknownCampaignError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["UnknownLane"].ID.Bytes()[:4]) {
		return kappaHub.UnpackUnknownLaneError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["WrongLabelCount"].ID.Bytes()[:4]) {
		return kappaHub.UnpackWrongLabelCountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// KappaHubAlreadyClaimed represents a AlreadyClaimed error raised by the KappaHub contract.
type KappaHubAlreadyClaimed struct {
	ChunkId   *big.Int
	Annotator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed(uint256 chunkId, address annotator)
func KappaHubAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0xa9214540dbdab41c9e79b3f2188acea45d13e6ac15f24990e9f6ddf7cc0e4180")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed(uint256 chunkId, address annotator)
func (kappaHub *KappaHub) UnpackAlreadyClaimedError(raw []byte) (*KappaHubAlreadyClaimed, error) {
	out := new(KappaHubAlreadyClaimed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubAlreadyCommitted represents a AlreadyCommitted error raised by the KappaHub contract.
type KappaHubAlreadyCommitted struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(uint256 chunkId, uint256 seat)
func KappaHubAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xddcc733d140fb0312eb1ac150281dfa07c853a78cdef41c136c6ecd38de811a4")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackAlreadyCommittedError(raw []byte) (*KappaHubAlreadyCommitted, error) {
	out := new(KappaHubAlreadyCommitted)
	if err := kappaHub.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubAlreadyFinalized represents a AlreadyFinalized error raised by the KappaHub contract.
type KappaHubAlreadyFinalized struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyFinalized(uint256 chunkId)
func KappaHubAlreadyFinalizedErrorID() common.Hash {
	return common.HexToHash("0xf075432911496a9efbc824c20b649ec3a83845a62966846bd8cf1cbb1cea71c3")
}

// UnpackAlreadyFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyFinalized(uint256 chunkId)
func (kappaHub *KappaHub) UnpackAlreadyFinalizedError(raw []byte) (*KappaHubAlreadyFinalized, error) {
	out := new(KappaHubAlreadyFinalized)
	if err := kappaHub.abi.UnpackIntoInterface(out, "AlreadyFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubAlreadyRevealed represents a AlreadyRevealed error raised by the KappaHub contract.
type KappaHubAlreadyRevealed struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed(uint256 chunkId, uint256 seat)
func KappaHubAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0x12b3a2d19bc85b1ee1b06cf15d9682e8bc15d9f05e3c1bfd757c795744728a39")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackAlreadyRevealedError(raw []byte) (*KappaHubAlreadyRevealed, error) {
	out := new(KappaHubAlreadyRevealed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubBalanceOverflow represents a BalanceOverflow error raised by the KappaHub contract.
type KappaHubBalanceOverflow struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BalanceOverflow(address account)
func KappaHubBalanceOverflowErrorID() common.Hash {
	return common.HexToHash("0xb32337753cdaa0ba150efae844db74e1536b6156c0ae499e96be64d0a894ebb9")
}

// UnpackBalanceOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BalanceOverflow(address account)
func (kappaHub *KappaHub) UnpackBalanceOverflowError(raw []byte) (*KappaHubBalanceOverflow, error) {
	out := new(KappaHubBalanceOverflow)
	if err := kappaHub.abi.UnpackIntoInterface(out, "BalanceOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCampaignClosed represents a CampaignClosed error raised by the KappaHub contract.
type KappaHubCampaignClosed struct {
	CampaignId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CampaignClosed(uint256 campaignId)
func KappaHubCampaignClosedErrorID() common.Hash {
	return common.HexToHash("0x5e6eb33a418de5dbbc17f989f7ae362cdfbb1748c5d603137c767027a354edbc")
}

// UnpackCampaignClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CampaignClosed(uint256 campaignId)
func (kappaHub *KappaHub) UnpackCampaignClosedError(raw []byte) (*KappaHubCampaignClosed, error) {
	out := new(KappaHubCampaignClosed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CampaignClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCampaignEnded represents a CampaignEnded error raised by the KappaHub contract.
type KappaHubCampaignEnded struct {
	CampaignId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CampaignEnded(uint256 campaignId)
func KappaHubCampaignEndedErrorID() common.Hash {
	return common.HexToHash("0x4d09689e5ab2d74dc1f9a1e821d4dcb2bb48908bd8a74872127b995b7d120154")
}

// UnpackCampaignEndedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CampaignEnded(uint256 campaignId)
func (kappaHub *KappaHub) UnpackCampaignEndedError(raw []byte) (*KappaHubCampaignEnded, error) {
	out := new(KappaHubCampaignEnded)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CampaignEnded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCampaignNotOver represents a CampaignNotOver error raised by the KappaHub contract.
type KappaHubCampaignNotOver struct {
	CampaignId *big.Int
	CloseTime  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CampaignNotOver(uint256 campaignId, uint256 closeTime)
func KappaHubCampaignNotOverErrorID() common.Hash {
	return common.HexToHash("0x8262f7a0197fa878b753fe2f6755a9a6df9187c44782635d7dc06c5b29e14fc8")
}

// UnpackCampaignNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CampaignNotOver(uint256 campaignId, uint256 closeTime)
func (kappaHub *KappaHub) UnpackCampaignNotOverError(raw []byte) (*KappaHubCampaignNotOver, error) {
	out := new(KappaHubCampaignNotOver)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CampaignNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubChunkTaken represents a ChunkTaken error raised by the KappaHub contract.
type KappaHubChunkTaken struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunkTaken(uint256 chunkId)
func KappaHubChunkTakenErrorID() common.Hash {
	return common.HexToHash("0x7931482536a47338a89f939deae2686f1b18333ff5a6d183e0173d6c09902487")
}

// UnpackChunkTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunkTaken(uint256 chunkId)
func (kappaHub *KappaHub) UnpackChunkTakenError(raw []byte) (*KappaHubChunkTaken, error) {
	out := new(KappaHubChunkTaken)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ChunkTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubClaimWindowClosed represents a ClaimWindowClosed error raised by the KappaHub contract.
type KappaHubClaimWindowClosed struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimWindowClosed(uint256 chunkId)
func KappaHubClaimWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x8fb6d6875cba88232b860f532fb9b3d4a0dccd84f2f275a3db894cf8a0a05f2c")
}

// UnpackClaimWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimWindowClosed(uint256 chunkId)
func (kappaHub *KappaHub) UnpackClaimWindowClosedError(raw []byte) (*KappaHubClaimWindowClosed, error) {
	out := new(KappaHubClaimWindowClosed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ClaimWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCommitWindowClosed represents a CommitWindowClosed error raised by the KappaHub contract.
type KappaHubCommitWindowClosed struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitWindowClosed(uint256 chunkId, uint256 seat)
func KappaHubCommitWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x257c973fb4384a94e1cec7154d4013afaf66e73ea9cd459d9fa82d48aeb8f890")
}

// UnpackCommitWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitWindowClosed(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackCommitWindowClosedError(raw []byte) (*KappaHubCommitWindowClosed, error) {
	out := new(KappaHubCommitWindowClosed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CommitWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCommitmentMismatch represents a CommitmentMismatch error raised by the KappaHub contract.
type KappaHubCommitmentMismatch struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 chunkId, uint256 seat)
func KappaHubCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x79ce97dbdd958372211613e153924be73609f87a9fce03b415f370e6494cc343")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackCommitmentMismatchError(raw []byte) (*KappaHubCommitmentMismatch, error) {
	out := new(KappaHubCommitmentMismatch)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubEmptyCommitment represents a EmptyCommitment error raised by the KappaHub contract.
type KappaHubEmptyCommitment struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyCommitment(uint256 chunkId)
func KappaHubEmptyCommitmentErrorID() common.Hash {
	return common.HexToHash("0x85f40d2c176724348eef895a13aea6c045fe22f7ea40ac82f1e719a2fc42a03d")
}

// UnpackEmptyCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyCommitment(uint256 chunkId)
func (kappaHub *KappaHub) UnpackEmptyCommitmentError(raw []byte) (*KappaHubEmptyCommitment, error) {
	out := new(KappaHubEmptyCommitment)
	if err := kappaHub.abi.UnpackIntoInterface(out, "EmptyCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubFinalizeTooEarly represents a FinalizeTooEarly error raised by the KappaHub contract.
type KappaHubFinalizeTooEarly struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FinalizeTooEarly(uint256 chunkId)
func KappaHubFinalizeTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x8dd9dece8c45db340155bbf2a304bcc3ac597a40a18b47cda3a85ad4b706faa6")
}

// UnpackFinalizeTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FinalizeTooEarly(uint256 chunkId)
func (kappaHub *KappaHub) UnpackFinalizeTooEarlyError(raw []byte) (*KappaHubFinalizeTooEarly, error) {
	out := new(KappaHubFinalizeTooEarly)
	if err := kappaHub.abi.UnpackIntoInterface(out, "FinalizeTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubGoldMismatch represents a GoldMismatch error raised by the KappaHub contract.
type KappaHubGoldMismatch struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GoldMismatch(uint256 chunkId)
func KappaHubGoldMismatchErrorID() common.Hash {
	return common.HexToHash("0x1f2b9db28c18812a24066623226f88e607f4f64d382e09ba79b3d41ca0b3d69e")
}

// UnpackGoldMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GoldMismatch(uint256 chunkId)
func (kappaHub *KappaHub) UnpackGoldMismatchError(raw []byte) (*KappaHubGoldMismatch, error) {
	out := new(KappaHubGoldMismatch)
	if err := kappaHub.abi.UnpackIntoInterface(out, "GoldMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubGoldRequired represents a GoldRequired error raised by the KappaHub contract.
type KappaHubGoldRequired struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GoldRequired(uint256 chunkId)
func KappaHubGoldRequiredErrorID() common.Hash {
	return common.HexToHash("0x59367303fd193fb279fd3e49bfdba8938c144fd2c01d08203f670df265a85d85")
}

// UnpackGoldRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GoldRequired(uint256 chunkId)
func (kappaHub *KappaHub) UnpackGoldRequiredError(raw []byte) (*KappaHubGoldRequired, error) {
	out := new(KappaHubGoldRequired)
	if err := kappaHub.abi.UnpackIntoInterface(out, "GoldRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInsufficientEscrow represents a InsufficientEscrow error raised by the KappaHub contract.
type KappaHubInsufficientEscrow struct {
	CampaignId *big.Int
	Needed     *big.Int
	Available  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientEscrow(uint256 campaignId, uint256 needed, uint256 available)
func KappaHubInsufficientEscrowErrorID() common.Hash {
	return common.HexToHash("0xbef22b9d2c2984a22e4e25e96681e35babae523addd4e6511092d6b01363c3d8")
}

// UnpackInsufficientEscrowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientEscrow(uint256 campaignId, uint256 needed, uint256 available)
func (kappaHub *KappaHub) UnpackInsufficientEscrowError(raw []byte) (*KappaHubInsufficientEscrow, error) {
	out := new(KappaHubInsufficientEscrow)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InsufficientEscrow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInsufficientUnreserved represents a InsufficientUnreserved error raised by the KappaHub contract.
type KappaHubInsufficientUnreserved struct {
	CampaignId *big.Int
	Requested  *big.Int
	Available  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientUnreserved(uint256 campaignId, uint256 requested, uint256 available)
func KappaHubInsufficientUnreservedErrorID() common.Hash {
	return common.HexToHash("0x53b4ba34cfe05ac11024534bddc56c2a8a160d1480e9277987a44a4557f1c83c")
}

// UnpackInsufficientUnreservedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientUnreserved(uint256 campaignId, uint256 requested, uint256 available)
func (kappaHub *KappaHub) UnpackInsufficientUnreservedError(raw []byte) (*KappaHubInsufficientUnreserved, error) {
	out := new(KappaHubInsufficientUnreserved)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InsufficientUnreserved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidChunk represents a InvalidChunk error raised by the KappaHub contract.
type KappaHubInvalidChunk struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChunk(uint256 chunkId)
func KappaHubInvalidChunkErrorID() common.Hash {
	return common.HexToHash("0x26858e7f2a9f3070845b4214875efe6db13451ec65f58189f52e01edd0de39be")
}

// UnpackInvalidChunkError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChunk(uint256 chunkId)
func (kappaHub *KappaHub) UnpackInvalidChunkError(raw []byte) (*KappaHubInvalidChunk, error) {
	out := new(KappaHubInvalidChunk)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidChunk", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidChunkProof represents a InvalidChunkProof error raised by the KappaHub contract.
type KappaHubInvalidChunkProof struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChunkProof(uint256 chunkId)
func KappaHubInvalidChunkProofErrorID() common.Hash {
	return common.HexToHash("0x1713d4d50b64fb0ac1eaffab8aab1aed3f7b797ab32c8dd1a11c55f4b5ec8448")
}

// UnpackInvalidChunkProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChunkProof(uint256 chunkId)
func (kappaHub *KappaHub) UnpackInvalidChunkProofError(raw []byte) (*KappaHubInvalidChunkProof, error) {
	out := new(KappaHubInvalidChunkProof)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidChunkProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidLabel represents a InvalidLabel error raised by the KappaHub contract.
type KappaHubInvalidLabel struct {
	ChunkId *big.Int
	Task    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLabel(uint256 chunkId, uint256 task)
func KappaHubInvalidLabelErrorID() common.Hash {
	return common.HexToHash("0xe813d6e02049e89d58d5a4880b7858ab92eb145afcfb5f102af44c631c1bb673")
}

// UnpackInvalidLabelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLabel(uint256 chunkId, uint256 task)
func (kappaHub *KappaHub) UnpackInvalidLabelError(raw []byte) (*KappaHubInvalidLabel, error) {
	out := new(KappaHubInvalidLabel)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidLabel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidParameter represents a InvalidParameter error raised by the KappaHub contract.
type KappaHubInvalidParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameter(string name)
func KappaHubInvalidParameterErrorID() common.Hash {
	return common.HexToHash("0xaa33ade0aeb9f98ab34de64dc8528f518998966a7f9fcee11b746b769d506aa5")
}

// UnpackInvalidParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameter(string name)
func (kappaHub *KappaHub) UnpackInvalidParameterError(raw []byte) (*KappaHubInvalidParameter, error) {
	out := new(KappaHubInvalidParameter)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidSeat represents a InvalidSeat error raised by the KappaHub contract.
type KappaHubInvalidSeat struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSeat(uint256 chunkId, uint256 seat)
func KappaHubInvalidSeatErrorID() common.Hash {
	return common.HexToHash("0x4ab40a27ebdc28d64d278501b255017aed288b47713011dbe2ca5823fcdb3372")
}

// UnpackInvalidSeatError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSeat(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackInvalidSeatError(raw []byte) (*KappaHubInvalidSeat, error) {
	out := new(KappaHubInvalidSeat)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidSeat", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubLabelsMismatch represents a LabelsMismatch error raised by the KappaHub contract.
type KappaHubLabelsMismatch struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LabelsMismatch(uint256 chunkId, uint256 seat)
func KappaHubLabelsMismatchErrorID() common.Hash {
	return common.HexToHash("0xe7337b656a57d19625ef4e196414ac188b92eaa05867e2626f2fc6525246a837")
}

// UnpackLabelsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LabelsMismatch(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackLabelsMismatchError(raw []byte) (*KappaHubLabelsMismatch, error) {
	out := new(KappaHubLabelsMismatch)
	if err := kappaHub.abi.UnpackIntoInterface(out, "LabelsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubLaneBusy represents a LaneBusy error raised by the KappaHub contract.
type KappaHubLaneBusy struct {
	Lane *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LaneBusy(uint256 lane)
func KappaHubLaneBusyErrorID() common.Hash {
	return common.HexToHash("0xf737070fcc56563da0ceefd87eb3281d737c3934f572015f886e3bde9291b3be")
}

// UnpackLaneBusyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LaneBusy(uint256 lane)
func (kappaHub *KappaHub) UnpackLaneBusyError(raw []byte) (*KappaHubLaneBusy, error) {
	out := new(KappaHubLaneBusy)
	if err := kappaHub.abi.UnpackIntoInterface(out, "LaneBusy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotCommitted represents a NotCommitted error raised by the KappaHub contract.
type KappaHubNotCommitted struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommitted(uint256 chunkId, uint256 seat)
func KappaHubNotCommittedErrorID() common.Hash {
	return common.HexToHash("0x38935fc797332a24767f8bfa569700c449284c34addd3403c651d2904f9eb98e")
}

// UnpackNotCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommitted(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackNotCommittedError(raw []byte) (*KappaHubNotCommitted, error) {
	out := new(KappaHubNotCommitted)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotDisputed represents a NotDisputed error raised by the KappaHub contract.
type KappaHubNotDisputed struct {
	ChunkId  *big.Int
	TaskMask *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputed(uint256 chunkId, uint256 taskMask)
func KappaHubNotDisputedErrorID() common.Hash {
	return common.HexToHash("0xb07139115f1667be64cf68ad7744e7d26b4b3b1bb8595a542658a1e70762ad19")
}

// UnpackNotDisputedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputed(uint256 chunkId, uint256 taskMask)
func (kappaHub *KappaHub) UnpackNotDisputedError(raw []byte) (*KappaHubNotDisputed, error) {
	out := new(KappaHubNotDisputed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotDisputed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotRequester represents a NotRequester error raised by the KappaHub contract.
type KappaHubNotRequester struct {
	CampaignId *big.Int
	Caller     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRequester(uint256 campaignId, address caller)
func KappaHubNotRequesterErrorID() common.Hash {
	return common.HexToHash("0x58ea1a27407401864a918fa847903579fcf7f4b36fc5216ff0e5f1c572fd9ffa")
}

// UnpackNotRequesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRequester(uint256 campaignId, address caller)
func (kappaHub *KappaHub) UnpackNotRequesterError(raw []byte) (*KappaHubNotRequester, error) {
	out := new(KappaHubNotRequester)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotRequester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotReviewer represents a NotReviewer error raised by the KappaHub contract.
type KappaHubNotReviewer struct {
	ChunkId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotReviewer(uint256 chunkId, address caller)
func KappaHubNotReviewerErrorID() common.Hash {
	return common.HexToHash("0x87de184463496172c6761f2a4ee6a1c25c016765b7f8c4e70cafd38e6ec5e712")
}

// UnpackNotReviewerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotReviewer(uint256 chunkId, address caller)
func (kappaHub *KappaHub) UnpackNotReviewerError(raw []byte) (*KappaHubNotReviewer, error) {
	out := new(KappaHubNotReviewer)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotReviewer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotSeatHolder represents a NotSeatHolder error raised by the KappaHub contract.
type KappaHubNotSeatHolder struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSeatHolder(uint256 chunkId, uint256 seat)
func KappaHubNotSeatHolderErrorID() common.Hash {
	return common.HexToHash("0x5e5625fd5fcf32ce7ea6c95c78650089ef04686e6653db4b2375c64430d72555")
}

// UnpackNotSeatHolderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSeatHolder(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackNotSeatHolderError(raw []byte) (*KappaHubNotSeatHolder, error) {
	out := new(KappaHubNotSeatHolder)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotSeatHolder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNothingToWithdraw represents a NothingToWithdraw error raised by the KappaHub contract.
type KappaHubNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account)
func KappaHubNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account)
func (kappaHub *KappaHub) UnpackNothingToWithdrawError(raw []byte) (*KappaHubNothingToWithdraw, error) {
	out := new(KappaHubNothingToWithdraw)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the KappaHub contract.
type KappaHubReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func KappaHubReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (kappaHub *KappaHub) UnpackReentrancyGuardReentrantCallError(raw []byte) (*KappaHubReentrancyGuardReentrantCall, error) {
	out := new(KappaHubReentrancyGuardReentrantCall)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubReputationTooLow represents a ReputationTooLow error raised by the KappaHub contract.
type KappaHubReputationTooLow struct {
	ChunkId    *big.Int
	Reputation *big.Int
	Required   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReputationTooLow(uint256 chunkId, uint256 reputation, uint256 required)
func KappaHubReputationTooLowErrorID() common.Hash {
	return common.HexToHash("0x4eb2fb83f0100852f13d6246dabec585884717b29051fbfe8a152fa89007db45")
}

// UnpackReputationTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReputationTooLow(uint256 chunkId, uint256 reputation, uint256 required)
func (kappaHub *KappaHub) UnpackReputationTooLowError(raw []byte) (*KappaHubReputationTooLow, error) {
	out := new(KappaHubReputationTooLow)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ReputationTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubRevealTooEarly represents a RevealTooEarly error raised by the KappaHub contract.
type KappaHubRevealTooEarly struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealTooEarly(uint256 chunkId)
func KappaHubRevealTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xee66961928e2835f26d19a8283d92864fa3c9a1765b7c484090574bb98835569")
}

// UnpackRevealTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealTooEarly(uint256 chunkId)
func (kappaHub *KappaHub) UnpackRevealTooEarlyError(raw []byte) (*KappaHubRevealTooEarly, error) {
	out := new(KappaHubRevealTooEarly)
	if err := kappaHub.abi.UnpackIntoInterface(out, "RevealTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubRevealWindowClosed represents a RevealWindowClosed error raised by the KappaHub contract.
type KappaHubRevealWindowClosed struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealWindowClosed(uint256 chunkId)
func KappaHubRevealWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x87b262f8e4c4e709c2dc7e05d8d40d0a1e1cf83ab3321c8092a96c7bf2b1ff04")
}

// UnpackRevealWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealWindowClosed(uint256 chunkId)
func (kappaHub *KappaHub) UnpackRevealWindowClosedError(raw []byte) (*KappaHubRevealWindowClosed, error) {
	out := new(KappaHubRevealWindowClosed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "RevealWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubReviewerIsAnnotator represents a ReviewerIsAnnotator error raised by the KappaHub contract.
type KappaHubReviewerIsAnnotator struct {
	ChunkId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReviewerIsAnnotator(uint256 chunkId, address caller)
func KappaHubReviewerIsAnnotatorErrorID() common.Hash {
	return common.HexToHash("0xf5d8da5654098c6b7826d1987778c68d2582caa2c739fe2c0de416d43669e8e7")
}

// UnpackReviewerIsAnnotatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReviewerIsAnnotator(uint256 chunkId, address caller)
func (kappaHub *KappaHub) UnpackReviewerIsAnnotatorError(raw []byte) (*KappaHubReviewerIsAnnotator, error) {
	out := new(KappaHubReviewerIsAnnotator)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ReviewerIsAnnotator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the KappaHub contract.
type KappaHubSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func KappaHubSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (kappaHub *KappaHub) UnpackSafeERC20FailedOperationError(raw []byte) (*KappaHubSafeERC20FailedOperation, error) {
	out := new(KappaHubSafeERC20FailedOperation)
	if err := kappaHub.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubSeatTaken represents a SeatTaken error raised by the KappaHub contract.
type KappaHubSeatTaken struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeatTaken(uint256 chunkId, uint256 seat)
func KappaHubSeatTakenErrorID() common.Hash {
	return common.HexToHash("0x2c37e101d3ac858352be8ec4feeab94085a41367a1462fff7eaaefbddad20ffe")
}

// UnpackSeatTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeatTaken(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackSeatTakenError(raw []byte) (*KappaHubSeatTaken, error) {
	out := new(KappaHubSeatTaken)
	if err := kappaHub.abi.UnpackIntoInterface(out, "SeatTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubStaleRecord represents a StaleRecord error raised by the KappaHub contract.
type KappaHubStaleRecord struct {
	Lane *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleRecord(uint256 lane)
func KappaHubStaleRecordErrorID() common.Hash {
	return common.HexToHash("0xa35145496d65cce685a9a4a8fb64606f23b03e2d2bdc96f9cb74798f029e1147")
}

// UnpackStaleRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleRecord(uint256 lane)
func (kappaHub *KappaHub) UnpackStaleRecordError(raw []byte) (*KappaHubStaleRecord, error) {
	out := new(KappaHubStaleRecord)
	if err := kappaHub.abi.UnpackIntoInterface(out, "StaleRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubUnknownCampaign represents a UnknownCampaign error raised by the KappaHub contract.
type KappaHubUnknownCampaign struct {
	CampaignId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCampaign(uint256 campaignId)
func KappaHubUnknownCampaignErrorID() common.Hash {
	return common.HexToHash("0x25435c4ea72d9cfff69367b734599bbe9131f5b088eb4a4c649d2425e009c88c")
}

// UnpackUnknownCampaignError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCampaign(uint256 campaignId)
func (kappaHub *KappaHub) UnpackUnknownCampaignError(raw []byte) (*KappaHubUnknownCampaign, error) {
	out := new(KappaHubUnknownCampaign)
	if err := kappaHub.abi.UnpackIntoInterface(out, "UnknownCampaign", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubUnknownLane represents a UnknownLane error raised by the KappaHub contract.
type KappaHubUnknownLane struct {
	Lane *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLane(uint256 lane)
func KappaHubUnknownLaneErrorID() common.Hash {
	return common.HexToHash("0xc5ec1623fc4c9fa552dd17ab0e371b1bc17ee32de0f1d0dfda2c84360b93ba0d")
}

// UnpackUnknownLaneError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLane(uint256 lane)
func (kappaHub *KappaHub) UnpackUnknownLaneError(raw []byte) (*KappaHubUnknownLane, error) {
	out := new(KappaHubUnknownLane)
	if err := kappaHub.abi.UnpackIntoInterface(out, "UnknownLane", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubWrongLabelCount represents a WrongLabelCount error raised by the KappaHub contract.
type KappaHubWrongLabelCount struct {
	ChunkId *big.Int
	Got     *big.Int
	Want    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongLabelCount(uint256 chunkId, uint256 got, uint256 want)
func KappaHubWrongLabelCountErrorID() common.Hash {
	return common.HexToHash("0xbca5754688b40dd371924574e78943b614d27cd90845acd8e6909faf24736aec")
}

// UnpackWrongLabelCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongLabelCount(uint256 chunkId, uint256 got, uint256 want)
func (kappaHub *KappaHub) UnpackWrongLabelCountError(raw []byte) (*KappaHubWrongLabelCount, error) {
	out := new(KappaHubWrongLabelCount)
	if err := kappaHub.abi.UnpackIntoInterface(out, "WrongLabelCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenMetaData contains all meta data concerning the KappaToken contract.
var KappaTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "29143e29f12e3250ec44471e8a4d2edfa0",
	Bin: "0x61016080604052346104865761140b803803809161001d828561048a565b833981016060828203126104865781516001600160401b03811161048657816100479184016104ad565b60208301519091906001600160401b0381116104865760409161006b9185016104ad565b9201516001600160a01b038116919082900361048657604092835191610091858461048a565b60018352603160f81b6020840190815281519092906001600160401b03811161039657600354600181811c9116801561047c575b602082101461037857601f8111610419575b50806020601f82116001146103b5575f916103aa575b508160011b915f199060031b1c1916176003555b8051906001600160401b0382116103965760045490600182811c9216801561038c575b60208310146103785781601f84931161030a575b50602090601f83116001146102a4575f92610299575b50508160011b915f199060031b1c1916176004555b61016c81610502565b6101205261017983610502565b6101405260208151910120918260e05251902080610100524660a05283519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f84528583015260608201524660808201523060a082015260a081526101e460c08261048a565b5190206080523060c052801561028657600880546001600160a01b0319811683179091559151916001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3610e9d908161056e823960805181610b74015260a05181610c31015260c05181610b45015260e05181610bc301526101005181610be9015261012051816104db015261014051816105040152f35b631e4fbdf760e01b5f525f60045260245ffd5b015190505f8061014e565b60045f9081528281209350601f198516905b8181106102f257509084600195949392106102da575b505050811b01600455610163565b01515f1960f88460031b161c191690555f80806102cc565b929360206001819287860151815501950193016102b6565b60045f529091507f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f840160051c8101916020851061036e575b90601f859493920160051c01905b8181106103605750610138565b5f8155849350600101610353565b9091508190610345565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610124565b634e487b7160e01b5f52604160045260245ffd5b90508301515f6100ed565b60035f9081528181209250601f198416905b818110610401575090836001949392106103e9575b5050811b01600355610101565b8501515f1960f88460031b161c191690555f806103dc565b9192602060018192868a0151815501940192016103c7565b60035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f830160051c81019160208410610472575b601f0160051c01905b81811061046757506100d7565b5f815560010161045a565b9091508190610451565b90607f16906100c5565b5f80fd5b601f909101601f19168101906001600160401b0382119082101761039657604052565b81601f82011215610486578051906001600160401b03821161039657604051926104e1601f8401601f19166020018561048a565b8284526020838301011161048657815f9260208093018386015e8301015290565b601f81511161052d57602081519101516020821061051e571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306fdde031461092157508063095ea7b3146108fb57806318160ddd146108de57806323b872dd146107ae578063313ce567146107935780633644e5151461077157806340c10f19146106ac57806370a0823114610675578063715018a61461060f5780637ecebe00146105d757806384b0196e146104c35780638da5cb5b1461049d57806395d89b4114610391578063a9059cbb14610360578063d505accf146101da578063dd62ed3e146101865763f2fde38b146100d7575f80fd5b34610182576020366003190112610182576001600160a01b036100f86109fd565b610100610c57565b168015610156576001600160a01b036008548273ffffffffffffffffffffffffffffffffffffffff19821617600855167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b7f1e4fbdf7000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b5f80fd5b346101825760403660031901126101825761019f6109fd565b6001600160a01b036101af610a13565b91165f5260016020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b346101825760e0366003190112610182576101f36109fd565b6101fb610a13565b604435906064359260843560ff8116810361018257844211610334576102ef6102e66001600160a01b039283851697885f52600760205260405f20908154916001830190556040519060208201927f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c984528b6040840152878a1660608401528a608084015260a083015260c082015260c0815261029960e082610a29565b5190206102a4610b3b565b90604051917f190100000000000000000000000000000000000000000000000000000000000083526002830152602282015260c43591604260a4359220610d51565b90929192610dde565b1684810361030457506103029350610c97565b005b84907f4b800e46000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b847f62791302000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101825760403660031901126101825761038661037c6109fd565b6024359033610a5f565b602060405160018152f35b34610182575f366003190112610182576040515f6004548060011c90600181168015610493575b60208310811461047f5782855290811561045b57506001146103fd575b6103f9836103e581850382610a29565b6040519182916020835260208301906109d9565b0390f35b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b808210610441575090915081016020016103e56103d5565b919260018160209254838588010152019101909291610429565b60ff191660208086019190915291151560051b840190910191506103e590506103d5565b634e487b7160e01b5f52602260045260245ffd5b91607f16916103b8565b34610182575f3660031901126101825760206001600160a01b0360085416604051908152f35b34610182575f3660031901126101825761057b6104ff7f0000000000000000000000000000000000000000000000000000000000000000610cfa565b6105287f0000000000000000000000000000000000000000000000000000000000000000610cfa565b60206105896040519261053b8385610a29565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e08701906109d9565b9085820360408701526109d9565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b8281106105c057505050500390f35b8351855286955093810193928101926001016105b1565b34610182576020366003190112610182576001600160a01b036105f86109fd565b165f526007602052602060405f2054604051908152f35b34610182575f36600319011261018257610627610c57565b5f6001600160a01b0360085473ffffffffffffffffffffffffffffffffffffffff198116600855167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b34610182576020366003190112610182576001600160a01b036106966109fd565b165f525f602052602060405f2054604051908152f35b34610182576040366003190112610182576106c56109fd565b6001600160a01b03602435916106d9610c57565b1690811561074557600254908082018092116107315760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a3005b634e487b7160e01b5f52601160045260245ffd5b7fec442f05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b34610182575f36600319011261018257602061078b610b3b565b604051908152f35b34610182575f36600319011261018257602060405160128152f35b34610182576060366003190112610182576107c76109fd565b6107cf610a13565b604435906001600160a01b03831692835f52600160205260405f206001600160a01b0333165f5260205260405f20545f198110610812575b506103869350610a5f565b8381106108aa57841561087e57331561085257610386945f52600160205260405f206001600160a01b0333165f526020528360405f209103905584610807565b7f94280d62000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7fe602df05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b83907ffb8f41b2000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b34610182575f366003190112610182576020600254604051908152f35b34610182576040366003190112610182576103866109176109fd565b6024359033610c97565b34610182575f366003190112610182575f6003548060011c906001811680156109cf575b60208310811461047f5782855290811561045b5750600114610971576103f9836103e581850382610a29565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b8082106109b5575090915081016020016103e56103d5565b91926001816020925483858801015201910190929161099d565b91607f1691610945565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361018257565b602435906001600160a01b038216820361018257565b90601f8019910116810190811067ffffffffffffffff821117610a4b57604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0316908115610b0f576001600160a01b031691821561074557815f525f60205260405f2054818110610add57817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b827fe450d38c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b7f96c6fd1e000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016301480610c2e575b15610b96577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152610c2860c082610a29565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614610b6d565b6001600160a01b03600854163303610c6b57565b7f118cdaa7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b6001600160a01b031690811561087e576001600160a01b03169182156108525760207f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591835f526001825260405f20855f5282528060405f2055604051908152a3565b60ff811690601f8211610d295760405191610d16604084610a29565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411610dd3579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15610dc8575f516001600160a01b03811615610dbe57905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f9160039190565b6004811015610e895780610df0575050565b60018103610e20577ff645eedf000000000000000000000000000000000000000000000000000000005f5260045ffd5b60028103610e5457507ffce698f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b600314610e5e5750565b7fd78bce0c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd",
}

// KappaToken is an auto generated Go binding around an Ethereum contract.
type KappaToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *KappaToken) GetABI() abi.ABI {
	return c.abi
}

// NewKappaToken creates a new instance of KappaToken.
func NewKappaToken() *KappaToken {
	parsed, err := KappaTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &KappaToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *KappaToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address owner_) returns()
func (kappaToken *KappaToken) PackConstructor(name_ string, symbol_ string, owner_ common.Address) []byte {
	enc, err := kappaToken.abi.Pack("", name_, symbol_, owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (kappaToken *KappaToken) PackDOMAINSEPARATOR() []byte {
	enc, err := kappaToken.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (kappaToken *KappaToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return kappaToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (kappaToken *KappaToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := kappaToken.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (kappaToken *KappaToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := kappaToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (kappaToken *KappaToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return kappaToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (kappaToken *KappaToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := kappaToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (kappaToken *KappaToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := kappaToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (kappaToken *KappaToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return kappaToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (kappaToken *KappaToken) UnpackApprove(data []byte) (bool, error) {
	out, err := kappaToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (kappaToken *KappaToken) PackBalanceOf(account common.Address) []byte {
	enc, err := kappaToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (kappaToken *KappaToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return kappaToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (kappaToken *KappaToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := kappaToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (kappaToken *KappaToken) PackDecimals() []byte {
	enc, err := kappaToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (kappaToken *KappaToken) TryPackDecimals() ([]byte, error) {
	return kappaToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (kappaToken *KappaToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := kappaToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (kappaToken *KappaToken) PackEip712Domain() []byte {
	enc, err := kappaToken.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (kappaToken *KappaToken) TryPackEip712Domain() ([]byte, error) {
	return kappaToken.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (kappaToken *KappaToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := kappaToken.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (kappaToken *KappaToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := kappaToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (kappaToken *KappaToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return kappaToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (kappaToken *KappaToken) PackName() []byte {
	enc, err := kappaToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (kappaToken *KappaToken) TryPackName() ([]byte, error) {
	return kappaToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (kappaToken *KappaToken) UnpackName(data []byte) (string, error) {
	out, err := kappaToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (kappaToken *KappaToken) PackNonces(owner common.Address) []byte {
	enc, err := kappaToken.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (kappaToken *KappaToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return kappaToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (kappaToken *KappaToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := kappaToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (kappaToken *KappaToken) PackOwner() []byte {
	enc, err := kappaToken.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (kappaToken *KappaToken) TryPackOwner() ([]byte, error) {
	return kappaToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (kappaToken *KappaToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := kappaToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (kappaToken *KappaToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := kappaToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (kappaToken *KappaToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return kappaToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (kappaToken *KappaToken) PackRenounceOwnership() []byte {
	enc, err := kappaToken.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (kappaToken *KappaToken) TryPackRenounceOwnership() ([]byte, error) {
	return kappaToken.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (kappaToken *KappaToken) PackSymbol() []byte {
	enc, err := kappaToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (kappaToken *KappaToken) TryPackSymbol() ([]byte, error) {
	return kappaToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (kappaToken *KappaToken) UnpackSymbol(data []byte) (string, error) {
	out, err := kappaToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (kappaToken *KappaToken) PackTotalSupply() []byte {
	enc, err := kappaToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (kappaToken *KappaToken) TryPackTotalSupply() ([]byte, error) {
	return kappaToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (kappaToken *KappaToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := kappaToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := kappaToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return kappaToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := kappaToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := kappaToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return kappaToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := kappaToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (kappaToken *KappaToken) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := kappaToken.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (kappaToken *KappaToken) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return kappaToken.abi.Pack("transferOwnership", newOwner)
}

// KappaTokenApproval represents a Approval event raised by the KappaToken contract.
type KappaTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const KappaTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (KappaTokenApproval) ContractEventName() string {
	return KappaTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (kappaToken *KappaToken) UnpackApprovalEvent(log *types.Log) (*KappaTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaTokenApproval)
	if len(log.Data) > 0 {
		if err := kappaToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the KappaToken contract.
type KappaTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const KappaTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (KappaTokenEIP712DomainChanged) ContractEventName() string {
	return KappaTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (kappaToken *KappaToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*KappaTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := kappaToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaTokenOwnershipTransferred represents a OwnershipTransferred event raised by the KappaToken contract.
type KappaTokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const KappaTokenOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (KappaTokenOwnershipTransferred) ContractEventName() string {
	return KappaTokenOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (kappaToken *KappaToken) UnpackOwnershipTransferredEvent(log *types.Log) (*KappaTokenOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaTokenOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := kappaToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaTokenTransfer represents a Transfer event raised by the KappaToken contract.
type KappaTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const KappaTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (KappaTokenTransfer) ContractEventName() string {
	return KappaTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (kappaToken *KappaToken) UnpackTransferEvent(log *types.Log) (*KappaTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaTokenTransfer)
	if len(log.Data) > 0 {
		if err := kappaToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (kappaToken *KappaToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return kappaToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return kappaToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return kappaToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return kappaToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return kappaToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return kappaToken.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return kappaToken.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return kappaToken.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// KappaTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the KappaToken contract.
type KappaTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func KappaTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (kappaToken *KappaToken) UnpackECDSAInvalidSignatureError(raw []byte) (*KappaTokenECDSAInvalidSignature, error) {
	out := new(KappaTokenECDSAInvalidSignature)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the KappaToken contract.
type KappaTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func KappaTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (kappaToken *KappaToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*KappaTokenECDSAInvalidSignatureLength, error) {
	out := new(KappaTokenECDSAInvalidSignatureLength)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the KappaToken contract.
type KappaTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func KappaTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (kappaToken *KappaToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*KappaTokenECDSAInvalidSignatureS, error) {
	out := new(KappaTokenECDSAInvalidSignatureS)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the KappaToken contract.
type KappaTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func KappaTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (kappaToken *KappaToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*KappaTokenERC20InsufficientAllowance, error) {
	out := new(KappaTokenERC20InsufficientAllowance)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the KappaToken contract.
type KappaTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func KappaTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (kappaToken *KappaToken) UnpackERC20InsufficientBalanceError(raw []byte) (*KappaTokenERC20InsufficientBalance, error) {
	out := new(KappaTokenERC20InsufficientBalance)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the KappaToken contract.
type KappaTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func KappaTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (kappaToken *KappaToken) UnpackERC20InvalidApproverError(raw []byte) (*KappaTokenERC20InvalidApprover, error) {
	out := new(KappaTokenERC20InvalidApprover)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the KappaToken contract.
type KappaTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func KappaTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (kappaToken *KappaToken) UnpackERC20InvalidReceiverError(raw []byte) (*KappaTokenERC20InvalidReceiver, error) {
	out := new(KappaTokenERC20InvalidReceiver)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the KappaToken contract.
type KappaTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func KappaTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (kappaToken *KappaToken) UnpackERC20InvalidSenderError(raw []byte) (*KappaTokenERC20InvalidSender, error) {
	out := new(KappaTokenERC20InvalidSender)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the KappaToken contract.
type KappaTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func KappaTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (kappaToken *KappaToken) UnpackERC20InvalidSpenderError(raw []byte) (*KappaTokenERC20InvalidSpender, error) {
	out := new(KappaTokenERC20InvalidSpender)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the KappaToken contract.
type KappaTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func KappaTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (kappaToken *KappaToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*KappaTokenERC2612ExpiredSignature, error) {
	out := new(KappaTokenERC2612ExpiredSignature)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the KappaToken contract.
type KappaTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func KappaTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (kappaToken *KappaToken) UnpackERC2612InvalidSignerError(raw []byte) (*KappaTokenERC2612InvalidSigner, error) {
	out := new(KappaTokenERC2612InvalidSigner)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the KappaToken contract.
type KappaTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func KappaTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (kappaToken *KappaToken) UnpackInvalidAccountNonceError(raw []byte) (*KappaTokenInvalidAccountNonce, error) {
	out := new(KappaTokenInvalidAccountNonce)
	if err := kappaToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenInvalidShortString represents a InvalidShortString error raised by the KappaToken contract.
type KappaTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func KappaTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (kappaToken *KappaToken) UnpackInvalidShortStringError(raw []byte) (*KappaTokenInvalidShortString, error) {
	out := new(KappaTokenInvalidShortString)
	if err := kappaToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the KappaToken contract.
type KappaTokenOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func KappaTokenOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (kappaToken *KappaToken) UnpackOwnableInvalidOwnerError(raw []byte) (*KappaTokenOwnableInvalidOwner, error) {
	out := new(KappaTokenOwnableInvalidOwner)
	if err := kappaToken.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the KappaToken contract.
type KappaTokenOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func KappaTokenOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (kappaToken *KappaToken) UnpackOwnableUnauthorizedAccountError(raw []byte) (*KappaTokenOwnableUnauthorizedAccount, error) {
	out := new(KappaTokenOwnableUnauthorizedAccount)
	if err := kappaToken.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenStringTooLong represents a StringTooLong error raised by the KappaToken contract.
type KappaTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func KappaTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (kappaToken *KappaToken) UnpackStringTooLongError(raw []byte) (*KappaTokenStringTooLong, error) {
	out := new(KappaTokenStringTooLong)
	if err := kappaToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenMetaData contains all meta data concerning the ReentrantToken contract.
var ReentrantTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"armed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbacks\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"exec\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCallbackError\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCallbackSucceeded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"payload\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"selfApprove\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "cb6ad455b12ff2570e8c2d06210279c87a",
	Bin: "0x60806040523461031457604080519081016001600160401b0381118282101761022757604090815260098252681499595b9d1c985b9d60ba1b602083015280519081016001600160401b03811182821017610227576040526005815264149151539560da1b602082015281516001600160401b03811161022757600354600181811c9116801561030a575b602082101461020957601f81116102a7575b50602092601f821160011461024657928192935f9261023b575b50508160011b915f199060031b1c1916176003555b80516001600160401b03811161022757600454600181811c9116801561021d575b602082101461020957601f81116101a6575b50602091601f8211600114610146579181925f9261013b575b50508160011b915f199060031b1c1916176004555b60405161100690816103198239f35b015190505f80610117565b601f1982169260045f52805f20915f5b85811061018e57508360019510610176575b505050811b0160045561012c565b01515f1960f88460031b161c191690555f8080610168565b91926020600181928685015181550194019201610156565b60045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f830160051c810191602084106101ff575b601f0160051c01905b8181106101f457506100fe565b5f81556001016101e7565b90915081906101de565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100ec565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100b6565b601f1982169360035f52805f20915f5b86811061028f5750836001959610610277575b505050811b016003556100cb565b01515f1960f88460031b161c191690555f8080610269565b91926020600181928685015181550194019201610256565b60035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f830160051c81019160208410610300575b601f0160051c01905b8181106102f5575061009c565b5f81556001016102e8565b90915081906102df565b90607f169061008a565b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c908162b1278314610b2e5750806306fdde0314610a89578063095ea7b314610a6357806318160ddd14610a46578063189494c814610a20578063232f213c146109fb57806323b872dd146108cb5780632f411093146108a9578063313ce5671461088e5780633522bfd0146106fe57806340c10f191461045257806370a082311461041b57806395d89b41146103765780639e99c16f146102d1578063a878f858146101f3578063a9059cbb146101c2578063be6002c21461016a578063d4b83992146101445763dd62ed3e146100ec575f80fd5b3461014057604036600319011261014057610105610b6c565b6001600160a01b03610115610b82565b91165f5260016020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b5f80fd5b34610140575f3660031901126101405760206001600160a01b0360055416604051908152f35b34610140575f808061017b36610b98565b919290826040519384928337810182815203925af1610198610ca6565b90156101ba576101b690604051918291602083526020830190610b48565b0390f35b602081519101fd5b34610140576040366003190112610140576101e86101de610b6c565b6024359033610ce5565b602060405160018152f35b34610140575f366003190112610140576040515f60065461021381610bfc565b80845290600181169081156102ad575060011461024f575b6101b68361023b81850382610c34565b604051918291602083526020830190610b48565b60065f9081527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f939250905b8082106102935750909150810160200161023b61022b565b91926001816020925483858801015201910190929161027b565b60ff191660208086019190915291151560051b8401909101915061023b905061022b565b34610140575f366003190112610140576040515f6008546102f181610bfc565b80845290600181169081156102ad5750600114610318576101b68361023b81850382610c34565b60085f9081527ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee3939250905b80821061035c5750909150810160200161023b61022b565b919260018160209254838588010152019101909291610344565b34610140575f366003190112610140576040515f60045461039681610bfc565b80845290600181169081156102ad57506001146103bd576101b68361023b81850382610c34565b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b8082106104015750909150810160200161023b61022b565b9192600181602092548385880101520191019092916103e9565b34610140576020366003190112610140576001600160a01b0361043c610b6c565b165f525f602052602060405f2054604051908152f35b346101405760403660031901126101405761046b610b6c565b6001600160a01b031660243581156106d257600254908082018092116106ab5760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a360075460ff8116806106bf575b6104de57005b60ff19166007556009545f1981146106ab576001016009556001600160a01b0360055416604051905f60065461051381610bfc565b90600181169081156106965750600114610647575b5090825f8094819403925af161053c610ca6565b9061ff0060075491151560081b169061ff00191617600755805167ffffffffffffffff81116106335761057981610574600854610bfc565b610c56565b602091601f82116001146105b8576105a7925f91836105ad575b50508160011b915f199060031b1c19161790565b6008555b005b015190508380610593565b601f1982169260085f527ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee3915f5b85811061061b57508360019510610603575b505050811b01600855005b01515f1960f88460031b161c191690558280806105f8565b919260206001819286850151815501940192016105e6565b634e487b7160e01b5f52604160045260245ffd5b905060065f527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f5f905b828210610682575050820182610528565b600181602092548488015201910190610671565b60ff1916855250801515028301905082610528565b634e487b7160e01b5f52601160045260245ffd5b506001600160a01b0360055416156104d8565b7fec442f05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b34610140576001600160a01b0361071436610b98565b91929092167fffffffffffffffffffffffff0000000000000000000000000000000000000000600554161760055567ffffffffffffffff81116106335761075c600654610bfc565b601f811161082b575b505f601f82116001146107b0578190610792935f926107a55750508160011b915f199060031b1c19161790565b6006555b6007805460ff19166001179055005b013590508380610593565b601f198216927ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f915f5b858110610813575083600195106107fa575b505050811b01600655610796565b01355f19600384901b60f8161c191690558280806107ec565b909260206001819286860135815501940191016107da565b60065f527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f601f830160051c81019160208410610884575b601f0160051c01905b8181106108795750610765565b5f815560010161086c565b9091508190610863565b34610140575f36600319011261014057602060405160128152f35b34610140575f36600319011261014057602060ff600754166040519015158152f35b34610140576060366003190112610140576108e4610b6c565b6108ec610b82565b604435906001600160a01b03831692835f52600160205260405f206001600160a01b0333165f5260205260405f20545f19811061092f575b506101e89350610ce5565b8381106109c757841561099b57331561096f576101e8945f52600160205260405f206001600160a01b0333165f526020528360405f209103905584610924565b7f94280d62000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7fe602df05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b83907ffb8f41b2000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b34610140575f36600319011261014057602060ff60075460081c166040519015158152f35b34610140576040366003190112610140576105ab610a3c610b6c565b6024359030610fa3565b34610140575f366003190112610140576020600254604051908152f35b34610140576040366003190112610140576101e8610a7f610b6c565b6024359033610fa3565b34610140575f366003190112610140576040515f600354610aa981610bfc565b80845290600181169081156102ad5750600114610ad0576101b68361023b81850382610c34565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b808210610b145750909150810160200161023b61022b565b919260018160209254838588010152019101909291610afc565b34610140575f366003190112610140576020906009548152f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361014057565b602435906001600160a01b038216820361014057565b6040600319820112610140576004356001600160a01b0381168103610140579160243567ffffffffffffffff811161014057826023820112156101405780600401359267ffffffffffffffff84116101405760248483010111610140576024019190565b90600182811c92168015610c2a575b6020831014610c1657565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610c0b565b90601f8019910116810190811067ffffffffffffffff82111761063357604052565b601f8111610c62575050565b60085f5260205f20906020601f840160051c83019310610c9c575b601f0160051c01905b818110610c91575050565b5f8155600101610c86565b9091508190610c7d565b3d15610ce0573d9067ffffffffffffffff82116106335760405191610cd5601f8201601f191660200184610c34565b82523d5f602084013e565b606090565b6001600160a01b031691908215610f77576001600160a01b03169081156106d257825f525f60205260405f2054818110610f455760208285937fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef93855f525f84520360405f2055845f525f825260405f20818154019055604051908152a36007549060ff82169081610f30575b50610d7a5750565b60ff19166007556009545f1981146106ab576001016009556001600160a01b03600554166040515f600654610dae81610bfc565b9060018116908115610f1b5750600114610ecc575b5091815f809493819403925af190610dd9610ca6565b9161ff0060075491151560081b169061ff00191617600755815167ffffffffffffffff811161063357610e1181610574600854610bfc565b602092601f8211600114610e5057610e40929382915f92610e455750508160011b915f199060031b1c19161790565b600855565b015190505f80610593565b601f1982169360085f527ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee3915f5b868110610eb45750836001959610610e9c575b505050811b01600855565b01515f1960f88460031b161c191690555f8080610e91565b91926020600181928685015181550194019201610e7e565b905060065f527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f5f905b828210610f07575050810181610dc3565b600181602092548487015201910190610ef6565b60ff1916845250801515028201905081610dc3565b90506001600160a01b0360055416145f610d72565b837fe450d38c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b7f96c6fd1e000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b6001600160a01b031690811561099b576001600160a01b031691821561096f5760207f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591835f526001825260405f20855f5282528060405f2055604051908152a356",
}

// ReentrantToken is an auto generated Go binding around an Ethereum contract.
type ReentrantToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantToken) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantToken creates a new instance of ReentrantToken.
func NewReentrantToken() *ReentrantToken {
	parsed, err := ReentrantTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (reentrantToken *ReentrantToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := reentrantToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (reentrantToken *ReentrantToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return reentrantToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (reentrantToken *ReentrantToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := reentrantToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) UnpackApprove(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arm(address target_, bytes data) returns()
func (reentrantToken *ReentrantToken) PackArm(target common.Address, data []byte) []byte {
	enc, err := reentrantToken.abi.Pack("arm", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arm(address target_, bytes data) returns()
func (reentrantToken *ReentrantToken) TryPackArm(target common.Address, data []byte) ([]byte, error) {
	return reentrantToken.abi.Pack("arm", target, data)
}

// PackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function armed() view returns(bool)
func (reentrantToken *ReentrantToken) PackArmed() []byte {
	enc, err := reentrantToken.abi.Pack("armed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function armed() view returns(bool)
func (reentrantToken *ReentrantToken) TryPackArmed() ([]byte, error) {
	return reentrantToken.abi.Pack("armed")
}

// UnpackArmed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f411093.
//
// Solidity: function armed() view returns(bool)
func (reentrantToken *ReentrantToken) UnpackArmed(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("armed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (reentrantToken *ReentrantToken) PackBalanceOf(account common.Address) []byte {
	enc, err := reentrantToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (reentrantToken *ReentrantToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return reentrantToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (reentrantToken *ReentrantToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := reentrantToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCallbacks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00b12783.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callbacks() view returns(uint256)
func (reentrantToken *ReentrantToken) PackCallbacks() []byte {
	enc, err := reentrantToken.abi.Pack("callbacks")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCallbacks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00b12783.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function callbacks() view returns(uint256)
func (reentrantToken *ReentrantToken) TryPackCallbacks() ([]byte, error) {
	return reentrantToken.abi.Pack("callbacks")
}

// UnpackCallbacks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00b12783.
//
// Solidity: function callbacks() view returns(uint256)
func (reentrantToken *ReentrantToken) UnpackCallbacks(data []byte) (*big.Int, error) {
	out, err := reentrantToken.abi.Unpack("callbacks", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (reentrantToken *ReentrantToken) PackDecimals() []byte {
	enc, err := reentrantToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (reentrantToken *ReentrantToken) TryPackDecimals() ([]byte, error) {
	return reentrantToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (reentrantToken *ReentrantToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := reentrantToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exec(address target_, bytes data) returns(bytes)
func (reentrantToken *ReentrantToken) PackExec(target common.Address, data []byte) []byte {
	enc, err := reentrantToken.abi.Pack("exec", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exec(address target_, bytes data) returns(bytes)
func (reentrantToken *ReentrantToken) TryPackExec(target common.Address, data []byte) ([]byte, error) {
	return reentrantToken.abi.Pack("exec", target, data)
}

// UnpackExec is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe6002c2.
//
// Solidity: function exec(address target_, bytes data) returns(bytes)
func (reentrantToken *ReentrantToken) UnpackExec(data []byte) ([]byte, error) {
	out, err := reentrantToken.abi.Unpack("exec", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackLastCallbackError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e99c16f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastCallbackError() view returns(bytes)
func (reentrantToken *ReentrantToken) PackLastCallbackError() []byte {
	enc, err := reentrantToken.abi.Pack("lastCallbackError")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastCallbackError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e99c16f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastCallbackError() view returns(bytes)
func (reentrantToken *ReentrantToken) TryPackLastCallbackError() ([]byte, error) {
	return reentrantToken.abi.Pack("lastCallbackError")
}

// UnpackLastCallbackError is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e99c16f.
//
// Solidity: function lastCallbackError() view returns(bytes)
func (reentrantToken *ReentrantToken) UnpackLastCallbackError(data []byte) ([]byte, error) {
	out, err := reentrantToken.abi.Unpack("lastCallbackError", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackLastCallbackSucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x232f213c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastCallbackSucceeded() view returns(bool)
func (reentrantToken *ReentrantToken) PackLastCallbackSucceeded() []byte {
	enc, err := reentrantToken.abi.Pack("lastCallbackSucceeded")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastCallbackSucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x232f213c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastCallbackSucceeded() view returns(bool)
func (reentrantToken *ReentrantToken) TryPackLastCallbackSucceeded() ([]byte, error) {
	return reentrantToken.abi.Pack("lastCallbackSucceeded")
}

// UnpackLastCallbackSucceeded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x232f213c.
//
// Solidity: function lastCallbackSucceeded() view returns(bool)
func (reentrantToken *ReentrantToken) UnpackLastCallbackSucceeded(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("lastCallbackSucceeded", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (reentrantToken *ReentrantToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (reentrantToken *ReentrantToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (reentrantToken *ReentrantToken) PackName() []byte {
	enc, err := reentrantToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (reentrantToken *ReentrantToken) TryPackName() ([]byte, error) {
	return reentrantToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (reentrantToken *ReentrantToken) UnpackName(data []byte) (string, error) {
	out, err := reentrantToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackPayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa878f858.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payload() view returns(bytes)
func (reentrantToken *ReentrantToken) PackPayload() []byte {
	enc, err := reentrantToken.abi.Pack("payload")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa878f858.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payload() view returns(bytes)
func (reentrantToken *ReentrantToken) TryPackPayload() ([]byte, error) {
	return reentrantToken.abi.Pack("payload")
}

// UnpackPayload is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa878f858.
//
// Solidity: function payload() view returns(bytes)
func (reentrantToken *ReentrantToken) UnpackPayload(data []byte) ([]byte, error) {
	out, err := reentrantToken.abi.Unpack("payload", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackSelfApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189494c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function selfApprove(address spender, uint256 amount) returns()
func (reentrantToken *ReentrantToken) PackSelfApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("selfApprove", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSelfApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189494c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function selfApprove(address spender, uint256 amount) returns()
func (reentrantToken *ReentrantToken) TryPackSelfApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("selfApprove", spender, amount)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (reentrantToken *ReentrantToken) PackSymbol() []byte {
	enc, err := reentrantToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (reentrantToken *ReentrantToken) TryPackSymbol() ([]byte, error) {
	return reentrantToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (reentrantToken *ReentrantToken) UnpackSymbol(data []byte) (string, error) {
	out, err := reentrantToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function target() view returns(address)
func (reentrantToken *ReentrantToken) PackTarget() []byte {
	enc, err := reentrantToken.abi.Pack("target")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function target() view returns(address)
func (reentrantToken *ReentrantToken) TryPackTarget() ([]byte, error) {
	return reentrantToken.abi.Pack("target")
}

// UnpackTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (reentrantToken *ReentrantToken) UnpackTarget(data []byte) (common.Address, error) {
	out, err := reentrantToken.abi.Unpack("target", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (reentrantToken *ReentrantToken) PackTotalSupply() []byte {
	enc, err := reentrantToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (reentrantToken *ReentrantToken) TryPackTotalSupply() ([]byte, error) {
	return reentrantToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (reentrantToken *ReentrantToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := reentrantToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// ReentrantTokenApproval represents a Approval event raised by the ReentrantToken contract.
type ReentrantTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReentrantTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ReentrantTokenApproval) ContractEventName() string {
	return ReentrantTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (reentrantToken *ReentrantToken) UnpackApprovalEvent(log *types.Log) (*ReentrantTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reentrantToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReentrantTokenApproval)
	if len(log.Data) > 0 {
		if err := reentrantToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reentrantToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ReentrantTokenTransfer represents a Transfer event raised by the ReentrantToken contract.
type ReentrantTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ReentrantTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ReentrantTokenTransfer) ContractEventName() string {
	return ReentrantTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (reentrantToken *ReentrantToken) UnpackTransferEvent(log *types.Log) (*ReentrantTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reentrantToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReentrantTokenTransfer)
	if len(log.Data) > 0 {
		if err := reentrantToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reentrantToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (reentrantToken *ReentrantToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReentrantTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the ReentrantToken contract.
type ReentrantTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func ReentrantTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (reentrantToken *ReentrantToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*ReentrantTokenERC20InsufficientAllowance, error) {
	out := new(ReentrantTokenERC20InsufficientAllowance)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the ReentrantToken contract.
type ReentrantTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func ReentrantTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (reentrantToken *ReentrantToken) UnpackERC20InsufficientBalanceError(raw []byte) (*ReentrantTokenERC20InsufficientBalance, error) {
	out := new(ReentrantTokenERC20InsufficientBalance)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the ReentrantToken contract.
type ReentrantTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func ReentrantTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (reentrantToken *ReentrantToken) UnpackERC20InvalidApproverError(raw []byte) (*ReentrantTokenERC20InvalidApprover, error) {
	out := new(ReentrantTokenERC20InvalidApprover)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the ReentrantToken contract.
type ReentrantTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func ReentrantTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (reentrantToken *ReentrantToken) UnpackERC20InvalidReceiverError(raw []byte) (*ReentrantTokenERC20InvalidReceiver, error) {
	out := new(ReentrantTokenERC20InvalidReceiver)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the ReentrantToken contract.
type ReentrantTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func ReentrantTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (reentrantToken *ReentrantToken) UnpackERC20InvalidSenderError(raw []byte) (*ReentrantTokenERC20InvalidSender, error) {
	out := new(ReentrantTokenERC20InvalidSender)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the ReentrantToken contract.
type ReentrantTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func ReentrantTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (reentrantToken *ReentrantToken) UnpackERC20InvalidSpenderError(raw []byte) (*ReentrantTokenERC20InvalidSpender, error) {
	out := new(ReentrantTokenERC20InvalidSpender)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
